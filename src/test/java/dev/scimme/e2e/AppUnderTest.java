package dev.scimme.e2e;

import dev.scimme.Application;
import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.LocalUser;
import dev.scimme.localidp.RunningLocalIdp;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole product on free ports: the embedded identity provider, and the app configured for it
 * through the same {@code AUTH_ASGARDEO_*} settings a real IdP would use. Started once for all
 * end-to-end tests of a run and closed when JUnit's root context closes.
 */
final class AppUnderTest implements AutoCloseable {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(6);

    /** Markup and script where a name belongs: an alert, an element with an id, a global flag if any of it ran. */
    static final String HOSTILE_GIVEN_NAME =
            "<img src=x onerror=alert(1)><b id=injected>bold</b>" + "<script>window.pwned=1</script>";
    /** A right-to-left override, 10 000 characters without a space, zero-width characters. */
    static final String HOSTILE_FAMILY_NAME = "\u202E" + "W".repeat(10_000) + "\u200B\uFEFF";
    /** A second user of the shared IdP, besides demo / demo. */
    static final LocalUser HOSTILE_USER =
            new LocalUser("mallory", "mallory", HOSTILE_GIVEN_NAME, HOSTILE_FAMILY_NAME, "mallory@example.com");

    private final LocalIdpSettings idpSettings;
    private final ConfigurableApplicationContext app;
    private final int appPort;
    private RunningLocalIdp idp;

    private AppUnderTest(
            LocalIdpSettings idpSettings, RunningLocalIdp idp, ConfigurableApplicationContext app, int appPort) {
        this.idpSettings = idpSettings;
        this.idp = idp;
        this.app = app;
        this.appPort = appPort;
    }

    static AppUnderTest shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(AppUnderTest.class, key -> start(), AppUnderTest.class);
    }

    static AppUnderTest start() {
        return start(UnaryOperator.identity());
    }

    /**
     * A product of its own, not the shared one, for a test that needs other settings: the IdP's
     * settings changed by {@code idpSettings}, the app's extended by {@code appArguments} (keys not
     * set here: a repeated command-line key becomes a list, not an override). The caller closes it.
     */
    static AppUnderTest start(UnaryOperator<LocalIdpSettings> idpSettings, String... appArguments) {
        int appPort = freePort();
        // Access tokens live seconds, not minutes: every browser test also runs through refreshes.
        // Port and secret are fixed so the IdP can be stopped and started again (outage tests).
        LocalIdpSettings defaults = LocalIdpSettings.defaults(freePort(), appPort);
        LocalIdpSettings settings = idpSettings.apply(new LocalIdpSettings(
                defaults.port(),
                defaults.appBaseUrls(),
                List.of(LocalUser.demo(), HOSTILE_USER),
                ACCESS_TOKEN_LIFETIME,
                defaults.refreshTokenLifetime(),
                defaults.scim(),
                UUID.randomUUID().toString(),
                true));
        RunningLocalIdp idp = LocalIdentityProvider.start(settings);
        // As command-line arguments: they outrank application.properties, as real settings would.
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + appPort,
                "--auth.asgardeo.issuer=" + idp.issuer(),
                "--auth.asgardeo.id=" + idp.clientId(),
                "--auth.asgardeo.secret=" + idp.clientSecret(),
                "--auth.asgardeo.me-endpoint=" + idp.meEndpoint(),
                // Vaadin's development overlay would cover the navbar and intercept clicks.
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.devmode.liveReload.enabled=false"));
        arguments.addAll(List.of(appArguments));
        ConfigurableApplicationContext app =
                new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
        return new AppUnderTest(settings, idp, app, appPort);
    }

    /** The app as the browser reaches it; 127.0.0.1, so its cookies never mix with the IdP's on localhost. */
    String url(String path) {
        return "http://127.0.0.1:" + appPort + path;
    }

    RunningLocalIdp idp() {
        return idp;
    }

    /** Takes the IdP down, as an outage would; {@link #startIdp()} brings it back on the same address. */
    void stopIdp() {
        idp.close();
    }

    void startIdp() {
        if (!idp.isRunning()) {
            idp = LocalIdentityProvider.start(idpSettings);
        }
    }

    /** How often the app refreshed an access token with this outcome so far. */
    double refreshes(String outcome) {
        var counter = app.getBean(MeterRegistry.class)
                .find("session.token.refreshes")
                .tag("outcome", outcome)
                .counter();
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
