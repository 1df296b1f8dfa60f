package dev.scimme.localidp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Starts the embedded development identity provider: a Spring Authorization Server with one client
 * (the app) and a SCIM {@code /scim2/Me}, as a separate {@link SpringApplication} on its own port
 * in this JVM.
 */
public final class LocalIdentityProvider {

    public static final String CLIENT_ID = "scim-me-local";

    /** Present only in the IdP's own environment, so the app's post-processor never starts an IdP in it. */
    static final String SELF_MARKER = "local-idp.internal.this-is-the-idp";

    private LocalIdentityProvider() {}

    /** Starts an IdP and returns once it answers HTTP. */
    public static RunningLocalIdp start(LocalIdpSettings settings) {
        int port = settings.port() == 0 ? freePort() : settings.port();
        LocalIdpIdentity identity = new LocalIdpIdentity(
                "http://localhost:" + port,
                CLIENT_ID,
                settings.clientSecret() != null ? settings.clientSecret() : newClientSecret());
        ScimBehaviour scimBehaviour = new ScimBehaviour(settings.scim());
        AccessControls accessControls = new AccessControls(settings.internalLoginOptional());
        IssuedAuthorizations authorizations = new IssuedAuthorizations(accessControls);

        SpringApplication application = new SpringApplication(LocalIdpServer.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        application.setBannerMode(Banner.Mode.OFF);
        application.setLogStartupInfo(false);
        // The app owns the JVM's shutdown and its logging; the IdP closes with the app (see the post-processor).
        application.setRegisterShutdownHook(false);
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener))
                .toList());
        application.setEnvironment(isolatedEnvironment(port));
        application.addInitializers(context -> {
            var beans = context.getBeanFactory();
            beans.registerSingleton("localIdpSettings", settings);
            beans.registerSingleton("localIdpIdentity", identity);
            beans.registerSingleton("scimBehaviour", scimBehaviour);
            beans.registerSingleton("accessControls", accessControls);
            beans.registerSingleton("oauth2AuthorizationService", authorizations);
        });
        try {
            return new RunningLocalIdp(application.run(), identity, scimBehaviour, accessControls, authorizations);
        } catch (RuntimeException e) {
            // Otherwise the app's start fails with "port 9000 in use" and nothing says which server wanted it.
            throw new IllegalStateException(
                    "The local identity provider could not start on port " + port
                            + " (local-idp.port; 0 picks a free port): " + e.getMessage(),
                    e);
        }
    }

    /**
     * An environment of the IdP's own: no system properties or environment variables (a {@code SERVER_PORT}
     * or {@code SPRING_PROFILES_ACTIVE} meant for the app must not move or reshape the IdP), and
     * {@code local-idp.properties} instead of the app's {@code application.properties}.
     */
    private static StandardEnvironment isolatedEnvironment(int port) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put(SELF_MARKER, "true");
        fixed.put("spring.config.name", "local-idp");
        fixed.put("server.port", Integer.toString(port));
        // Browsers share cookies between ports of a host: with the app's JSESSIONID the two servers
        // would overwrite each other's session and sign-in would loop back to the form.
        fixed.put("server.servlet.session.cookie.name", "LOCALIDPSESSION");
        fixed.put("spring.main.banner-mode", "off");
        environment.getPropertySources().addFirst(new MapPropertySource("local-idp-fixed", fixed));
        return environment;
    }

    private static String newClientSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The issuer must be known before start, so a free port is picked up front instead of asking Tomcat. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the local identity provider", e);
        }
    }
}
