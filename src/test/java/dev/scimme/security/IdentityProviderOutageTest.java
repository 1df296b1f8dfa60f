package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.RunningLocalIdp;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The app starts while its IdP is down, says so at sign-in, and signs in once the IdP is back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityProviderOutageTest {

    private static final int IDP_PORT = freePort();
    private static final String SECRET = "outage-test-secret";

    @DynamicPropertySource
    static void pointAtAnIdpThatIsNotThereYet(DynamicPropertyRegistry properties) {
        properties.add("auth.asgardeo.issuer", () -> "http://localhost:" + IDP_PORT);
        properties.add("auth.asgardeo.id", () -> LocalIdentityProvider.CLIENT_ID);
        properties.add("auth.asgardeo.secret", () -> SECRET);
        properties.add("auth.asgardeo.me-endpoint", () -> "http://localhost:" + IDP_PORT + "/scim2/Me");
    }

    @LocalServerPort
    int port;

    private final HttpClient browser =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void sign_in_while_the_idp_is_down_explains_it_and_works_once_it_is_back() throws Exception {
        HttpResponse<Void> whileDown = startSignIn();

        assertThat(whileDown.statusCode()).isEqualTo(302);
        assertThat(whileDown.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/sign-in-unavailable"));

        LocalIdpSettings settings = LocalIdpSettings.defaults(IDP_PORT, port);
        try (RunningLocalIdp idp = LocalIdentityProvider.start(new LocalIdpSettings(
                settings.port(),
                settings.appBaseUrls(),
                settings.users(),
                settings.accessTokenLifetime(),
                settings.refreshTokenLifetime(),
                settings.scim(),
                SECRET,
                true))) {
            HttpResponse<Void> onceBack = startSignIn();

            assertThat(onceBack.statusCode()).isEqualTo(302);
            assertThat(onceBack.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location)
                            .startsWith(idp.issuer() + "/oauth2/authorize?")
                            .contains("code_challenge_method=S256"));
        }
    }

    private HttpResponse<Void> startSignIn() throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SecurityConfiguration.LOGIN_PATH))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
