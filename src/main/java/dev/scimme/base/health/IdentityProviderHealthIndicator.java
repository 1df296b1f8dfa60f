package dev.scimme.base.health;

import dev.scimme.security.IdentityProviderAvailability;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The IdP as sign-in sees it: up when its discovery document can be read ({@link IdentityProviderAvailability}). */
class IdentityProviderHealthIndicator implements HealthIndicator {

    private final IdentityProviderAvailability availability;

    IdentityProviderHealthIndicator(IdentityProviderAvailability availability) {
        this.availability = availability;
    }

    @Override
    public Health health() {
        IdentityProviderAvailability.Probe probe = availability.probe();
        Health.Builder health = (probe.up() ? Health.up() : Health.down())
                .withDetail("url", probe.url().toString())
                .withDetail("latencyMs", probe.latency().toMillis());
        if (probe.error() != null) {
            health.withDetail("error", probe.error());
        } else {
            health.withDetail("status", probe.status());
        }
        return health.build();
    }
}
