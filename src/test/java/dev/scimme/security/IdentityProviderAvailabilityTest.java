package dev.scimme.security;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.scimme.settings.AsgardeoProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityProviderAvailabilityTest {

    private static final String DISCOVERY = "/oauth2/token/.well-known/openid-configuration";

    @RegisterExtension
    static final WireMockExtension idp = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final IdentityProviderAvailability availability = new IdentityProviderAvailability(
            new AsgardeoProperties(idp.baseUrl() + "/oauth2/token", "client", null, null, null, false, null),
            new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    @Test
    void an_idp_whose_discovery_document_answers_is_up() {
        idp.stubFor(get(DISCOVERY).willReturn(aResponse().withStatus(200)));

        assertThat(availability.probe().up()).isTrue();
        assertThat(availability.isReachable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {302, 404, 500, 503})
    void any_other_answer_is_down_for_sign_in_and_for_health_alike(int status) {
        idp.stubFor(get(DISCOVERY).willReturn(aResponse().withStatus(status)));

        IdentityProviderAvailability.Probe probe = availability.probe();

        assertThat(probe.up()).isFalse();
        assertThat(probe.status()).isEqualTo(status);
        assertThat(availability.isReachable()).isFalse();
    }

    @Test
    void sign_in_trusts_an_answer_for_a_few_seconds_then_asks_again() {
        idp.stubFor(get(DISCOVERY).willReturn(aResponse().withStatus(200)));
        assertThat(availability.isReachable()).isTrue();
        idp.stubFor(get(DISCOVERY).willReturn(aResponse().withStatus(503)));

        now = now.plus(IdentityProviderAvailability.TRUSTED_FOR.minusSeconds(1));
        assertThat(availability.isReachable()).isTrue();
        idp.verify(1, getRequestedFor(urlEqualTo(DISCOVERY)));

        now = now.plus(Duration.ofSeconds(2));
        assertThat(availability.isReachable()).isFalse();
        idp.verify(2, getRequestedFor(urlEqualTo(DISCOVERY)));
    }
}
