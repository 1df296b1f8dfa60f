package dev.scimme.localidp;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the local identity provider before the app's context, when {@code local-idp.enabled=true}
 * and no real issuer is configured, and points the app's {@code auth.asgardeo.*} settings at it.
 * It has to run this early: the app resolves its OIDC client registration (discovery) at start-up.
 */
public final class LocalIdpEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE_NAME = "local-idp";
    static final int DEFAULT_APP_PORT = 8080;

    private final Log log;

    public LocalIdpEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        // Deferred: the app's logging is not initialised yet; the lines appear once it is.
        this.log = logFactory.getLog(LocalIdpEnvironmentPostProcessor.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(LocalIdentityProvider.SELF_MARKER)) {
            return;
        }
        Binder binder = Binder.get(environment);
        if (!binder.bind("local-idp.enabled", Boolean.class).orElse(false)) {
            return;
        }
        if (StringUtils.hasText(environment.getProperty("auth.asgardeo.issuer"))) {
            log.info(
                    "local-idp.enabled is set but auth.asgardeo.issuer is configured: not starting the local identity provider");
            return;
        }
        LocalIdpProperties properties = binder.bind("local-idp", Bindable.of(LocalIdpProperties.class))
                .orElseThrow(() -> new IllegalStateException("local-idp.* could not be bound"));
        int appPort = binder.bind("server.port", Integer.class).orElse(DEFAULT_APP_PORT);

        RunningLocalIdp idp = LocalIdentityProvider.start(properties.toSettings(appPort));
        application.addListeners(new LocalIdpShutdown(idp));
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        PROPERTY_SOURCE_NAME,
                        Map.of(
                                "auth.asgardeo.issuer", idp.issuer(),
                                "auth.asgardeo.id", idp.clientId(),
                                "auth.asgardeo.secret", idp.clientSecret(),
                                "auth.asgardeo.me-endpoint", idp.meEndpoint())));
        log.info("Local identity provider running at " + idp.issuer() + " - sign in with demo / demo");
    }

    /** After the config-data post-processor: {@code local-idp.*} may come from a profile's properties file. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
