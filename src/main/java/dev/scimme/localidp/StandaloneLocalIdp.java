package dev.scimme.localidp;

import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded identity provider as a process of its own, for a cluster ({@code deploy/cluster.sh}):
 * inside one app instance it would die with that instance and sign everybody out of the other one.
 * It reads the same {@code local-idp.*} settings as the embedded one ({@code LOCAL_IDP_PORT},
 * {@code LOCAL_IDP_CLIENT_SECRET}, …, or {@code --local-idp.port=…}), plus {@code local-idp.app-port}
 * ({@code LOCAL_IDP_APP_PORT}): the port the browsers reach the app on, the load balancer's, which the
 * IdP accepts as redirect target on {@code localhost} and {@code 127.0.0.1}.
 *
 * <p>Started from the app's jar: {@code java -cp scim-me.jar -Dloader.main=dev.scimme.localidp.StandaloneLocalIdp
 * org.springframework.boot.loader.launch.PropertiesLauncher}.
 */
public final class StandaloneLocalIdp {

    private StandaloneLocalIdp() {}

    public static void main(String[] args) {
        // The IdP's SpringApplication leaves logging to its host; here the host is this method.
        // Without it, Logback's default configuration logs everything at DEBUG.
        LoggingSystem.get(StandaloneLocalIdp.class.getClassLoader())
                .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);

        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        Binder binder = Binder.get(environment);
        LocalIdpProperties properties = binder.bindOrCreate("local-idp", Bindable.of(LocalIdpProperties.class));
        int appPort = binder.bind("local-idp.app-port", Integer.class)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Set LOCAL_IDP_APP_PORT (or --local-idp.app-port): the port browsers reach the app on"));

        RunningLocalIdp idp = LocalIdentityProvider.start(properties.toSettings(appPort));
        Runtime.getRuntime().addShutdownHook(new Thread(idp::close, "local-idp-shutdown"));
        LoggerFactory.getLogger(StandaloneLocalIdp.class)
                .info(
                        "Local identity provider running at {} for the app on port {} - sign in with demo / demo",
                        idp.issuer(),
                        appPort);
    }
}
