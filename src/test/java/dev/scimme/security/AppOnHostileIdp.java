package dev.scimme.security;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on a real port, configured for the test-only {@link HostileIdp} through the same
 * {@code auth.asgardeo.*} settings a real IdP uses, behind a TLS-terminating proxy as far as Tomcat
 * is told ({@code server.forward-headers-strategy=native}: it trusts {@code X-Forwarded-*} from
 * loopback). Test classes extending this share one app and one provider.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
abstract class AppOnHostileIdp {

    static final HostileIdp idp = new HostileIdp();

    @DynamicPropertySource
    static void pointTheAppAtTheHostileIdp(DynamicPropertyRegistry registry) {
        registry.add("auth.asgardeo.issuer", idp::issuer);
        registry.add("auth.asgardeo.id", () -> HostileIdp.CLIENT_ID);
        registry.add("auth.asgardeo.secret", () -> HostileIdp.CLIENT_SECRET);
        registry.add("auth.asgardeo.me-endpoint", () -> idp.issuer() + "/scim2/Me");
    }

    @LocalServerPort
    int port;

    HttpBrowser browser;

    @BeforeEach
    void honestProviderAndNewBrowser() {
        idp.serveHonestly();
        browser = newBrowser();
    }

    HttpBrowser newBrowser() {
        return new HttpBrowser(origin());
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }
}
