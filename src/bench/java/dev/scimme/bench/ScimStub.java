package dev.scimme.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A SCIM {@code /Me} that answers at once with the resource the embedded IdP sends for the demo user,
 * on loopback: the cheapest possible API, so whatever a client adds on top of it shows.
 */
final class ScimStub implements AutoCloseable {

    static final byte[] BODY = """
            {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],\
            "id":"9f1c2d6e-4b7a-3c58-8e21-0d9b6a5f4c31","userName":"demo",\
            "name":{"givenName":"Demo","familyName":"User","formatted":"Demo User"},\
            "emails":[{"value":"demo@example.com","primary":true,"type":"work"}],\
            "meta":{"resourceType":"User","location":"http://localhost:9000/scim2/Users/9f1c2d6e-4b7a-3c58-8e21-0d9b6a5f4c31",\
            "created":"2026-11-28T10:00:00Z","lastModified":"2026-11-28T10:00:00Z"}}""".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    private ScimStub(HttpServer server) {
        this.server = server;
    }

    static ScimStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            ScimStub stub = new ScimStub(server);
            server.setExecutor(stub.executor);
            server.createContext("/scim2/Me", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/scim+json");
                exchange.sendResponseHeaders(200, BODY.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(BODY);
                }
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI meEndpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/scim2/Me");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
