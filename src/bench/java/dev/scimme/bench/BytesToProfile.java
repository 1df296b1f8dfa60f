package dev.scimme.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Figure 5: bytes on the wire (DevTools {@code encodedDataLength}: compressed bodies plus headers) for a
 * cold first load of {@code /server-profile} in production mode, from the first request to the profile shown.
 */
final class BytesToProfile {

    private BytesToProfile() {}

    record Resource(String url, long bytes, String mimeType) {}

    static Figure run(ProductionApp app) throws InterruptedException {
        app.idp.scimBehaviour().reset();
        ChromeDriver driver = Headless.start();
        List<LogEntry> entries = new ArrayList<>();
        try {
            Headless.signInToServerProfile(driver, app);
            Thread.sleep(1500); // requests started by the first render (icons, lazy chunks) finish
            driver.manage().logs().get(LogType.PERFORMANCE).forEach(entries::add);
        } finally {
            driver.quit();
        }

        Map<String, String> urls = new HashMap<>();
        Map<String, String> types = new HashMap<>();
        List<Resource> loaded = new ArrayList<>();
        long idpBytes = 0;
        long pushFrameBytes = 0;
        String appHost = URI.create(appUrl(entries, urls)).getAuthority();
        for (LogEntry entry : entries) {
            JsonNode message = JsonMapper.shared().readTree(entry.getMessage()).path("message");
            JsonNode params = message.path("params");
            String requestId = params.path("requestId").asString("");
            switch (message.path("method").asString("")) {
                case "Network.requestWillBeSent" ->
                    urls.put(requestId, params.path("request").path("url").asString(""));
                case "Network.responseReceived" ->
                    types.put(
                            requestId, params.path("response").path("mimeType").asString(""));
                case "Network.webSocketFrameReceived" ->
                    pushFrameBytes += params.path("response")
                            .path("payloadData")
                            .asString("")
                            .length();
                case "Network.loadingFinished" -> {
                    String url = urls.getOrDefault(requestId, "");
                    long bytes = params.path("encodedDataLength").asLong(0);
                    if (url.contains("//" + appHost + "/")) {
                        loaded.add(new Resource(url, bytes, types.getOrDefault(requestId, "")));
                    } else {
                        idpBytes += bytes;
                    }
                }
                default -> {}
            }
        }
        long total = loaded.stream().mapToLong(Resource::bytes).sum();
        long vaadin = loaded.stream()
                .filter(resource -> isVaadins(resource.url()))
                .mapToLong(Resource::bytes)
                .sum();

        Figure figure = new Figure(
                5,
                "Bytes to the first profile",
                "The production jar; a new Chromium profile (cold cache) opens `/server-profile`, signs in at the "
                        + "IdP's form and returns with the profile. Bytes = DevTools `Network.loadingFinished` "
                        + "`encodedDataLength` (bytes on the wire: compressed body plus headers) of every request to "
                        + "the app's origin; the IdP's pages are counted apart. Push WebSocket frames are counted "
                        + "apart (payload characters).");
        figure.info("total to the app's origin, " + loaded.size() + " requests", kib(total));
        figure.info(
                "of which Vaadin's (`/VAADIN/**`, `/lumo/**`)",
                kib(vaadin) + String.format(" (%.0f %%)", 100.0 * vaadin / total));
        figure.info("ours (page, UIDL with the profile, `styles.css`, redirects)", kib(total - vaadin));
        figure.info("IdP sign-in pages (not the app's)", kib(idpBytes));
        figure.info("push WebSocket frames received", pushFrameBytes + " characters");
        List<Resource> top = loaded.stream()
                .sorted(Comparator.comparingLong(Resource::bytes).reversed())
                .limit(5)
                .toList();
        for (int i = 0; i < top.size(); i++) {
            Resource resource = top.get(i);
            figure.info(
                    "top " + (i + 1) + ": `" + shorten(resource.url()) + "`",
                    kib(resource.bytes()) + " (" + resource.mimeType() + ")");
        }
        return figure;
    }

    private static String appUrl(List<LogEntry> entries, Map<String, String> unused) {
        for (LogEntry entry : entries) {
            JsonNode request = JsonMapper.shared()
                    .readTree(entry.getMessage())
                    .path("message")
                    .path("params")
                    .path("request");
            String url = request.path("url").asString("");
            if (url.contains("/server-profile")) {
                return url;
            }
        }
        throw new IllegalStateException("no request for /server-profile in the performance log");
    }

    private static boolean isVaadins(String url) {
        String path = URI.create(url).getPath();
        return path.startsWith("/VAADIN/") || path.startsWith("/lumo/");
    }

    private static String shorten(String url) {
        URI uri = URI.create(url);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String text = uri.getPath() + query;
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }

    static String kib(long bytes) {
        return String.format("%.1f KiB", bytes / 1024.0);
    }
}
