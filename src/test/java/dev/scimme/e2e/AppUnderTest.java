package dev.scimme.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.scimme.Application;
import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.RunningLocalIdp;

/**
 * The whole product on free ports: the embedded identity provider, and the app configured for it
 * through the same {@code AUTH_ASGARDEO_*} settings a real IdP would use. Started once for all
 * end-to-end tests of a run and closed when JUnit's root context closes.
 */
final class AppUnderTest implements AutoCloseable {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(6);

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
        // Access tokens live seconds, not minutes: every browser test also runs through refreshes.
        RunningLocalIdp idp = LocalIdentityProvider.start(
                LocalIdpSettings.defaults(0, appPort).withAccessTokenLifetime(ACCESS_TOKEN_LIFETIME));
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

    /** How often the app refreshed an access token with this outcome so far. */
    double refreshes(String outcome) {
        var counter = app.getBean(MeterRegistry.class).find("session.token.refreshes").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
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
