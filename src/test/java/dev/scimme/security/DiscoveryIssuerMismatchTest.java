package dev.scimme.security;

import static dev.scimme.security.HttpBrowser.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A provider whose discovery document claims another issuer than the configured one (OIDC
 * Discovery 4.3): the app must not trust its endpoints. A context of its own, because the app
 * remembers a successful discovery.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DiscoveryIssuerMismatchTest {

    static final HostileIdp idp = new HostileIdp();

    @DynamicPropertySource
    static void pointTheAppAtTheHostileIdp(DynamicPropertyRegistry registry) {
        registry.add("auth.asgardeo.issuer", idp::issuer);
        registry.add("auth.asgardeo.id", () -> HostileIdp.CLIENT_ID);
        registry.add("auth.asgardeo.me-endpoint", () -> idp.issuer() + "/scim2/Me");
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stopProvider() {
        idp.close();
    }

    @Test
    void a_discovery_document_naming_another_issuer_ends_on_the_sign_in_error_page_without_contacting_its_endpoints() {
        idp.serveDiscovery("https://impostor.example");
        HttpBrowser browser = new HttpBrowser("http://127.0.0.1:" + port);

        HttpResponse<String> signIn = browser.get(SecurityConfiguration.LOGIN_PATH);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(URI.create(location(signIn)).getPath()).isEqualTo("/" + SecurityConfiguration.SIGN_IN_FAILED_ROUTE);
        assertThat(browser.get(location(signIn)).statusCode()).isEqualTo(200);
        assertThat(location(browser.get("/server-profile"))).endsWith(SecurityConfiguration.LOGIN_PATH);
    }
}
