package dev.scimme.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.settings.ScimMeProperties;
import dev.scimme.settings.SettingsConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class ScimMeConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PropertyPlaceholderAutoConfiguration.class))
            .withPropertyValues(
                    "auth.asgardeo.issuer=https://api.asgardeo.io/t/acme/oauth2/token", "auth.asgardeo.id=client")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withUserConfiguration(SettingsConfiguration.class, ScimMeConfiguration.class);

    @Test
    void the_client_is_built_with_default_settings() {
        context.run(app -> {
            assertThat(app).hasSingleBean(ScimMeClient.class);
            assertThat(app.getBean(ScimMeProperties.class))
                    .isEqualTo(new ScimMeProperties(
                            Duration.ofSeconds(2), Duration.ofSeconds(5), DataSize.ofMegabytes(1)));
        });
    }

    @Test
    void the_settings_are_read_from_the_scim_prefix() {
        context.withPropertyValues("scim.connect-timeout=1s", "scim.response-timeout=750ms", "scim.max-body-size=256KB")
                .run(app -> assertThat(app.getBean(ScimMeProperties.class))
                        .isEqualTo(new ScimMeProperties(
                                Duration.ofSeconds(1), Duration.ofMillis(750), DataSize.ofKilobytes(256))));
    }

    @Test
    void a_zero_response_timeout_stops_the_application_from_starting() {
        context.withPropertyValues("scim.response-timeout=0s")
                .run(app ->
                        assertThat(app).getFailure().hasStackTraceContaining("scim.response-timeout must be positive"));
    }
}
