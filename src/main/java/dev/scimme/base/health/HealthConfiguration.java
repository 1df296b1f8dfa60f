package dev.scimme.base.health;

import dev.scimme.cluster.RedisAvailability;
import dev.scimme.cluster.RedisConfigured;
import dev.scimme.cluster.RedisSignOutRelay;
import dev.scimme.security.IdentityProviderAvailability;
import dev.scimme.settings.AsgardeoProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /actuator/health} components for what the app depends on: the IdP, the SCIM API, and Redis
 * when instances share it ({@link RedisConfigured}).
 */
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

    /** Only with Redis configured: one instance on its own has no {@code redis} component. */
    @Bean
    @Conditional(RedisConfigured.class)
    HealthIndicator redisHealthIndicator(RedisAvailability availability, RedisSignOutRelay relay) {
        return new RedisHealthIndicator(availability, relay);
    }
}
