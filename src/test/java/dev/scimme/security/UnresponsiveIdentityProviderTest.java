package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.localidp.LocalIdentityProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An IdP that accepts connections and then never says a word (a hung server, a black-holing proxy):
 * sign-in must still end on this app's "cannot be reached" page, after the probe's time limit, not
 * hang with the browser. The closed port of {@link IdentityProviderOutageTest} fails at once and
 * cannot show this.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnresponsiveIdentityProviderTest {

    /** The probe gives up after about 2 s; ten times that and more, so only a hang fails the test. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final SilentServer IDP = SilentServer.start();

    @DynamicPropertySource
    static void pointAtTheSilentIdp(DynamicPropertyRegistry properties) {
        properties.add("auth.asgardeo.issuer", () -> "http://localhost:" + IDP.port());
        properties.add("auth.asgardeo.id", () -> LocalIdentityProvider.CLIENT_ID);
        properties.add("auth.asgardeo.secret", () -> "unresponsive-test-secret");
        properties.add("auth.asgardeo.me-endpoint", () -> "http://localhost:" + IDP.port() + "/scim2/Me");
    }

    @AfterAll
    static void stopTheSilentIdp() {
        IDP.close();
    }

    @LocalServerPort
    int port;

    @Test
    void sign_in_at_an_idp_that_never_answers_ends_on_the_unavailable_page() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + SecurityConfiguration.LOGIN_PATH))
                                .timeout(PATIENCE)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());

        assertThat(IDP.connections()).as("the app did reach the IdP").isPositive();
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in-unavailable"));
    }

    /** Accepts every connection, reads nothing, answers nothing, until closed. */
    private static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();

        private SilentServer(ServerSocket socket) {
            this.socket = socket;
        }

        static SilentServer start() {
            try {
                SilentServer server = new SilentServer(new ServerSocket(0));
                Thread.ofVirtual().start(server::acceptForever);
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void acceptForever() {
            while (!socket.isClosed()) {
                try {
                    accepted.add(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        }

        int port() {
            return socket.getLocalPort();
        }

        int connections() {
            return accepted.size();
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket connection : accepted) {
                    connection.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
