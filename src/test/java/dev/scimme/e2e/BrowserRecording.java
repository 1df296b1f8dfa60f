package dev.scimme.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a Chromium received and kept, as text to search: every DevTools network event
 * (request and response headers, redirects with their {@code Location}, WebSocket frames in both
 * directions, push and XHR traffic), every response body Chromium can still hand out, cookies of
 * every origin, and the current page's localStorage and sessionStorage. Call {@link #collect()}
 * after each step, before the next navigation lets Chromium drop the previous page's bodies.
 */
final class BrowserRecording {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final ChromeDriver driver;
    private final List<Captured> captured = new ArrayList<>();
    private final List<String> browserConsole = new ArrayList<>();

    /** A piece of what the browser got: where it came from, and its text. */
    record Captured(String source, String text) {}

    private BrowserRecording(ChromeDriver driver) {
        this.driver = driver;
        // Keep bodies around long enough to fetch them: Vaadin's development bundle is several MB.
        driver.executeCdpCommand(
                "Network.enable", Map.of("maxTotalBufferSize", 256_000_000, "maxResourceBufferSize", 64_000_000));
    }

    static BrowserRecording start() {
        return new BrowserRecording(Chromium.start(BrowserRecording::recordLogs));
    }

    private static void recordLogs(ChromeOptions options) {
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL", LogType.BROWSER, "ALL"));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Takes in what arrived since the last call. */
    void collect() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asString("");
            captured.add(new Captured("devtools event " + method, message.toString()));
            if (method.equals("Network.loadingFinished")) {
                captureBody(message.path("params").path("requestId").asString());
            }
        }
        driver.manage().logs().get(LogType.BROWSER).forEach(entry -> browserConsole.add(entry.getMessage()));
        captured.add(
                new Captured("cookies", String.valueOf(driver.executeCdpCommand("Network.getAllCookies", Map.of()))));
        try {
            captured.add(
                    new Captured(
                            "web storage of " + driver.getCurrentUrl(),
                            String.valueOf(
                                    driver.executeScript(
                                            "return JSON.stringify({local: Object.entries(localStorage), session: Object.entries(sessionStorage)})"))));
        } catch (WebDriverException storageNotAvailable) {
            // A page without storage (about:blank, an error page) has nothing to keep.
        }
    }

    List<Captured> captured() {
        return List.copyOf(captured);
    }

    long count(String sourcePrefix) {
        return captured.stream()
                .filter(piece -> piece.source().startsWith(sourcePrefix))
                .count();
    }

    List<String> browserConsole() {
        return List.copyOf(browserConsole);
    }

    private void captureBody(String requestId) {
        try {
            Map<String, Object> body =
                    driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId));
            String text = String.valueOf(body.get("body"));
            if (Boolean.TRUE.equals(body.get("base64Encoded"))) {
                text = new String(Base64.getDecoder().decode(text), StandardCharsets.ISO_8859_1);
            }
            captured.add(new Captured("response body " + requestId, text));
        } catch (WebDriverException noBody) {
            // Redirects and aborted requests have none; their headers are in the events.
            captured.add(new Captured("no body " + requestId, ""));
        }
    }
}
