package dev.scimme.profile;

import dev.scimme.settings.AsgardeoProperties;
import dev.scimme.settings.ScimMeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the SCIM {@code /Me} client to the validated IdP settings' endpoint and the {@code scim.*} settings. */
@Configuration(proxyBeanMethods = false)
public class ScimMeConfiguration {

    @Bean
    ScimMeClient scimMeClient(AsgardeoProperties settings, ScimMeProperties properties, MeterRegistry meters) {
        return new ScimMeClient(settings.meEndpointUri(), properties, meters);
    }

    @Bean
    ScimEditClient scimEditClient(ScimMeClient client) {
        return new ScimEditClient(client);
    }
}
