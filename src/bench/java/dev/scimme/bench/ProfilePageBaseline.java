package dev.scimme.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The floor of any full page load of the profile (figure 6): the same profile as one server-rendered
 * HTML page without script or stylesheet, served by the JDK's own HTTP server in the benchmark's JVM.
 * Each request calls the embedded IdP's {@code /scim2/Me} with the signed-in user's access token, so the
 * page pays the same API latency as the app. Not Spring or Vaadin on purpose: it is the least any
 * server could do for the same answer.
 */
final class ProfilePageBaseline implements AutoCloseable {

    static final String PATH = "/profile";

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String meEndpoint;
    private final Supplier<String> accessToken;

    private ProfilePageBaseline(String meEndpoint, Supplier<String> accessToken) throws IOException {
        this.meEndpoint = meEndpoint;
        this.accessToken = accessToken;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    static ProfilePageBaseline start(String meEndpoint, Supplier<String> accessToken) {
        try {
            return new ProfilePageBaseline(meEndpoint, accessToken);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "<!doctype html><title>Not found</title>");
                return;
            }
            HttpResponse<String> me = http.send(
                    HttpRequest.newBuilder(URI.create(meEndpoint))
                            .header("Authorization", "Bearer " + accessToken.get())
                            .header("Accept", "application/scim+json")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (me.statusCode() != 200) {
                send(exchange, 502, "<!doctype html><title>API error</title><p>/Me answered " + me.statusCode());
                return;
            }
            send(exchange, 200, page(JsonMapper.shared().readTree(me.body())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The profile card's content as plain HTML, with the same element ids the app's card uses. */
    private static String page(JsonNode user) {
        StringBuilder emails = new StringBuilder();
        for (JsonNode email : user.path("emails")) {
            emails.append("<div>")
                    .append(escape(email.path("value").asString("")))
                    .append(email.path("primary").asBoolean(false) ? " <span>primary</span>" : "")
                    .append("</div>");
        }
        JsonNode name = user.path("name");
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Server profile · SCIM Me</title></head><body><main><h1>Your profile</h1>"
                + "<dl id=\"profile-rows\">"
                + "<dt>Email</dt><dd id=\"profile-email\">" + emails + "</dd>"
                + "<dt>First Name</dt><dd id=\"profile-given-name\">"
                + escape(name.path("givenName").asString("")) + "</dd>"
                + "<dt>Last Name</dt><dd id=\"profile-family-name\">"
                + escape(name.path("familyName").asString("")) + "</dd>"
                + "<dt>User Name</dt><dd id=\"profile-user-name\">"
                + escape(user.path("userName").asString("")) + "</dd>"
                + "</dl></main></body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        // The app's page is never cached either.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
