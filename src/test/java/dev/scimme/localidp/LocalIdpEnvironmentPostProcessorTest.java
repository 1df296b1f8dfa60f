package dev.scimme.localidp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LocalIdpEnvironmentPostProcessorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void quietLogs() {
        TestLogging.quiet();
    }

    @Test
    void without_local_idp_enabled_nothing_starts_and_nothing_is_set() {
        StandardEnvironment environment = environment(Map.of());

        postProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(LocalIdpEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
        assertThat(environment.getProperty("auth.asgardeo.issuer")).isNull();
    }

    @Test
    void with_a_real_issuer_configured_the_local_idp_stays_off() {
        StandardEnvironment environment = environment(Map.of(
                "local-idp.enabled", "true",
                "auth.asgardeo.issuer", "https://api.asgardeo.io/t/example/oauth2/token"));

        postProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(LocalIdpEnvironmentPostProcessor.PROPERTY_SOURCE_NAME))
                .isFalse();
        assertThat(environment.getProperty("auth.asgardeo.id")).isNull();
    }

    @Test
    void the_idps_own_environment_never_starts_another_idp() {
        StandardEnvironment environment =
                environment(Map.of("local-idp.enabled", "true", LocalIdentityProvider.SELF_MARKER, "true"));

        postProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("auth.asgardeo.issuer")).isNull();
    }

    @Test
    void enabled_without_an_issuer_starts_an_idp_points_the_app_at_it_and_stops_it_with_the_app() throws Exception {
        SpringApplication app = new SpringApplication(NoBeans.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String issuer;
        // Registered through spring.factories, as in the real app; the config name keeps the app's files out.
        try (ConfigurableApplicationContext context = app.run(
                "--spring.config.name=localidp-post-processor-test",
                "--local-idp.enabled=true",
                "--local-idp.port=0",
                "--server.port=8123")) {
            var environment = context.getEnvironment();
            issuer = environment.getProperty("auth.asgardeo.issuer");
            assertThat(issuer).startsWith("http://localhost:");
            assertThat(environment.getProperty("auth.asgardeo.id")).isEqualTo(LocalIdentityProvider.CLIENT_ID);
            assertThat(environment.getProperty("auth.asgardeo.secret")).isNotBlank();
            assertThat(environment.getProperty("auth.asgardeo.me-endpoint")).isEqualTo(issuer + "/scim2/Me");

            HttpResponse<String> discovery = get(issuer + "/.well-known/openid-configuration");
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"issuer\":\"" + issuer + "\"");
        }

        assertThatThrownBy(() -> get(issuer + "/.well-known/openid-configuration"))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void a_taken_port_fails_with_a_message_naming_the_local_idp() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> LocalIdentityProvider.start(LocalIdpSettings.defaults(taken.getLocalPort(), 8080)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("local identity provider could not start on port " + taken.getLocalPort());
        }
    }

    @Test
    void users_and_scim_switches_are_read_from_local_idp_keys() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "local-idp.enabled", "true",
                "local-idp.access-token-lifetime", "2m",
                "local-idp.users[0].username", "alice",
                "local-idp.users[0].password", "wonderland",
                "local-idp.users[0].given-name", "Alice",
                "local-idp.users[0].family-name", "Liddell",
                "local-idp.users[0].email", "alice@example.com",
                "local-idp.scim.emails", "mixed",
                "local-idp.scim.delay", "300ms",
                "local-idp.scim.status", "503")));

        LocalIdpSettings settings =
                binder.bind("local-idp", LocalIdpProperties.class).get().toSettings(8081);

        assertThat(settings.port()).isEqualTo(9000);
        assertThat(settings.appBaseUrls()).containsExactly("http://localhost:8081", "http://127.0.0.1:8081");
        assertThat(settings.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.refreshTokenLifetime()).isEqualTo(Duration.ofHours(8));
        assertThat(settings.users())
                .containsExactly(
                        LocalUser.demo(),
                        new LocalUser("alice", "wonderland", "Alice", "Liddell", "alice@example.com"));
        assertThat(settings.scim()).isEqualTo(new ScimSettings(EmailShape.MIXED, Duration.ofMillis(300), 503));
    }

    @Test
    void the_editing_switches_are_read_from_local_idp_scim_keys() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "local-idp.scim.read-only",
                "name.familyName, urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
                "local-idp.scim.pending-email",
                "true",
                "local-idp.scim.refuse-schemas",
                "true",
                "local-idp.scim.patch-supported",
                "false")));

        ScimSettings scim = binder.bind("local-idp", LocalIdpProperties.class)
                .get()
                .toSettings(8080)
                .scim();

        assertThat(scim.readOnly())
                .containsExactly(
                        "name.familyName", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department");
        assertThat(scim.pendingEmail()).isTrue();
        assertThat(scim.refuseSchemas()).isTrue();
        assertThat(scim.patchSupported()).isFalse();
        ScimBehaviour behaviour = new ScimBehaviour(scim);
        assertThat(behaviour.readOnly()).hasSize(2);
        assertThat(behaviour.pendingEmail()).isTrue();
        assertThat(behaviour.refuseSchemas()).isTrue();
        assertThat(behaviour.patchSupported()).isFalse();
    }

    @Test
    void internal_login_is_optional_unless_local_idp_internal_login_optional_is_false() {
        Binder switchedOff =
                new Binder(new MapConfigurationPropertySource(Map.of("local-idp.internal-login-optional", "false")));
        Binder unset = new Binder(new MapConfigurationPropertySource(Map.of("local-idp.enabled", "true")));

        assertThat(switchedOff
                        .bind("local-idp", LocalIdpProperties.class)
                        .get()
                        .toSettings(8080)
                        .internalLoginOptional())
                .isFalse();
        assertThat(unset.bind("local-idp", LocalIdpProperties.class)
                        .get()
                        .toSettings(8080)
                        .internalLoginOptional())
                .isTrue();
    }

    @Test
    void without_any_local_idp_keys_the_defaults_apply() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of("local-idp.enabled", "true")));

        LocalIdpSettings settings =
                binder.bind("local-idp", LocalIdpProperties.class).get().toSettings(8080);

        assertThat(settings).isEqualTo(LocalIdpSettings.defaults(9000, 8080));
    }

    @Test
    void a_client_secret_can_be_given_so_a_second_app_process_can_use_this_idp() {
        Binder binder =
                new Binder(new MapConfigurationPropertySource(Map.of("local-idp.client-secret", "shared-s3cret")));

        LocalIdpSettings settings =
                binder.bind("local-idp", LocalIdpProperties.class).get().toSettings(8080);

        assertThat(settings.clientSecret()).isEqualTo("shared-s3cret");
        assertThat(settings.toString()).doesNotContain("shared-s3cret");
        try (RunningLocalIdp idp = LocalIdentityProvider.start(settings.withPort(0))) {
            assertThat(idp.clientSecret()).isEqualTo("shared-s3cret");
        }
    }

    private static LocalIdpEnvironmentPostProcessor postProcessor() {
        return new LocalIdpEnvironmentPostProcessor(new DeferredLogs());
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The smallest app: no beans, no auto-configuration; only its environment matters here. */
    static class NoBeans {}
}
