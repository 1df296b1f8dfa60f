package dev.scimme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.scimme.Application;
import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.LocalUser;
import dev.scimme.localidp.RunningLocalIdp;

/**
 * The whole product on free ports: the embedded identity provider, and the app configured for it
 * through the same {@code AUTH_ASGARDEO_*} settings a real IdP would use. Started once for all
 * end-to-end tests of a run and closed when JUnit's root context closes.
 */
final class AppUnderTest implements AutoCloseable {

    /** Markup and script where a name belongs: an alert, an element with an id, a global flag if any of it ran. */
    static final String HOSTILE_GIVEN_NAME = "<img src=x onerror=alert(1)><b id=injected>bold</b>"
            + "<script>window.pwned=1</script>";
    /** A right-to-left override, 10 000 characters without a space, zero-width characters. */
    static final String HOSTILE_FAMILY_NAME = "\u202E" + "W".repeat(10_000) + "\u200B\uFEFF";
    /** A second user of the shared IdP, besides demo / demo. */
    static final LocalUser HOSTILE_USER = new LocalUser("mallory", "mallory", HOSTILE_GIVEN_NAME, HOSTILE_FAMILY_NAME,
            "mallory@example.com");

    private final RunningLocalIdp idp;
    private final ConfigurableApplicationContext app;
    private final int appPort;

    private AppUnderTest(RunningLocalIdp idp, ConfigurableApplicationContext app, int appPort) {
        this.idp = idp;
        this.app = app;
        this.appPort = appPort;
    }

    static AppUnderTest shared(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(AppUnderTest.class, key -> start(), AppUnderTest.class);
    }

    static AppUnderTest start() {
        int appPort = freePort();
        RunningLocalIdp idp = LocalIdentityProvider.start(LocalIdpSettings.defaults(0, appPort)
                .withUsers(List.of(LocalUser.demo(), HOSTILE_USER)));
        // As command-line arguments: they outrank application.properties, as real settings would.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=" + appPort,
                        "--auth.asgardeo.issuer=" + idp.issuer(),
                        "--auth.asgardeo.id=" + idp.clientId(),
                        "--auth.asgardeo.secret=" + idp.clientSecret(),
                        "--auth.asgardeo.me-endpoint=" + idp.meEndpoint(),
                        // Vaadin's development overlay would cover the navbar and intercept clicks.
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.liveReload.enabled=false");
        return new AppUnderTest(idp, app, appPort);
    }

    /** The app as the browser reaches it; 127.0.0.1, so its cookies never mix with the IdP's on localhost. */
    String url(String path) {
        return "http://127.0.0.1:" + appPort + path;
    }

    RunningLocalIdp idp() {
        return idp;
    }

    @Override
    public void close() {
        app.close();
        idp.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
