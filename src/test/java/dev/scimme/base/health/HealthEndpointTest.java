package dev.scimme.base.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.scimme.cluster.RedisSignOutRelay;
import dev.scimme.security.IdentityProviderAvailability;
import dev.scimme.settings.AsgardeoProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthEndpointTest {

    @RegisterExtension
    static final WireMockExtension idp = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @DynamicPropertySource
    static void pointAtWireMock(DynamicPropertyRegistry properties) {
        properties.add("auth.asgardeo.issuer", () -> idp.baseUrl() + "/oauth2/token");
        properties.add("auth.asgardeo.id", () -> "health-test");
    }

    @LocalServerPort
    int port;

    @Autowired
    HealthConfiguration configuration;

    @Autowired
    IdentityProviderAvailability availability;

    @Autowired
    ApplicationContext context;

    @Test
    void anonymous_callers_get_the_status_without_details() throws Exception {
        idp.stubFor(get("/oauth2/token/.well-known/openid-configuration")
                .willReturn(aResponse().withStatus(200)));
        idp.stubFor(get("/scim2/Me").willReturn(aResponse().withStatus(401)));

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").doesNotContain("scimApi", "identityProvider", "url");
    }

    @Test
    void without_a_redis_url_nothing_connects_to_redis_and_health_has_no_redis_component() {
        assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RedisSignOutRelay.class)).isEmpty();
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType))
                .as("no bean of Spring Data Redis or Lettuce")
                .noneMatch(type -> type != null
                        && (type.getName().startsWith("org.springframework.data.redis")
                                || type.getName().startsWith("io.lettuce")));
        assertThat(context.getBeansOfType(HealthIndicator.class).keySet())
                .noneMatch(name -> name.toLowerCase(Locale.ROOT).contains("redis"));
    }

    @Test
    void the_scim_api_answering_401_without_a_token_counts_as_up() {
        idp.stubFor(get("/scim2/Me").willReturn(aResponse().withStatus(401)));

        assertThat(scimApi().health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void the_scim_api_failing_is_down_with_its_status() {
        idp.stubFor(get("/scim2/Me").willReturn(aResponse().withStatus(503)));

        var health = scimApi().health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("status", 503);
    }

    @Test
    void the_idp_is_up_when_its_discovery_document_answers_and_down_when_it_does_not() {
        idp.stubFor(get("/oauth2/token/.well-known/openid-configuration")
                .willReturn(aResponse().withStatus(200)));
        assertThat(identityProvider().health().getStatus()).isEqualTo(Status.UP);

        idp.stubFor(get("/oauth2/token/.well-known/openid-configuration")
                .willReturn(aResponse().withStatus(404)));
        assertThat(identityProvider().health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void an_unreachable_idp_is_down_with_the_reason() {
        var health = new IdentityProviderHealthIndicator(new IdentityProviderAvailability(
                        new AsgardeoProperties(
                                "http://127.0.0.1:9/oauth2/token", "health-test", null, null, null, false, null),
                        Clock.systemUTC()))
                .health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsKey("error").doesNotContainKey("status");
    }

    @Test
    void an_unreachable_api_is_down() {
        var unreachable = new ReachabilityHealthIndicator(URI.create("http://127.0.0.1:9/"), status -> true);

        assertThat(unreachable.health().getStatus()).isEqualTo(Status.DOWN);
    }

    private ReachabilityHealthIndicator scimApi() {
        return (ReachabilityHealthIndicator) configuration.scimApiHealthIndicator(settings());
    }

    private HealthIndicator identityProvider() {
        return configuration.identityProviderHealthIndicator(availability);
    }

    private AsgardeoProperties settings() {
        return new AsgardeoProperties(idp.baseUrl() + "/oauth2/token", "health-test", null, null, null, false, null);
    }
}
