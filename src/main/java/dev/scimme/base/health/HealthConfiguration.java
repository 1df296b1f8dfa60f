package dev.scimme.base.health;

import dev.scimme.security.IdentityProviderAvailability;
import dev.scimme.settings.AsgardeoProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code /actuator/health} components for what the app depends on: the IdP and the SCIM API. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /** The IdP is up when its discovery document can be read: the same probe sign-in asks. */
    @Bean
    HealthIndicator identityProviderHealthIndicator(IdentityProviderAvailability availability) {
        return new IdentityProviderHealthIndicator(availability);
    }

    /** The SCIM API is up when it answers; asked without a token, 401 (or 403) is the right answer. */
    @Bean
    HealthIndicator scimApiHealthIndicator(AsgardeoProperties settings) {
        return new ReachabilityHealthIndicator(
                settings.meEndpointUri(), status -> status == 200 || status == 401 || status == 403);
    }
}
