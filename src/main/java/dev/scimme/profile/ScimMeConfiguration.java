package dev.scimme.profile;

import dev.scimme.security.AsgardeoProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the SCIM {@code /Me} client to the validated IdP settings' endpoint and the {@code scim.*} settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScimMeProperties.class)
public class ScimMeConfiguration {

    @Bean
    ScimMeClient scimMeClient(AsgardeoProperties settings, ScimMeProperties properties, MeterRegistry meters) {
        return new ScimMeClient(settings.meEndpointUri(), properties, meters);
    }
}
