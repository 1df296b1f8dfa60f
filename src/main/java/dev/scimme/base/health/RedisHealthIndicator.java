package dev.scimme.base.health;

import dev.scimme.cluster.RedisAvailability;
import dev.scimme.cluster.RedisSignOutRelay;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Redis as the sign-out relay last saw it, read without asking Redis: a health request never waits
 * for a slow Redis, and "is Redis up?" has one answer ({@link RedisAvailability}). Down means
 * back-channel logouts end sessions on the receiving instance only, and wait ({@code pendingSignOuts})
 * until Redis is back.
 */
class RedisHealthIndicator implements HealthIndicator {

    private final RedisAvailability availability;
    private final RedisSignOutRelay relay;

    RedisHealthIndicator(RedisAvailability availability, RedisSignOutRelay relay) {
        this.availability = availability;
        this.relay = relay;
    }

    @Override
    public Health health() {
        RedisAvailability.State state = availability.state();
        Health.Builder health = !state.known() ? Health.unknown() : state.up() ? Health.up() : Health.down();
        health.withDetail("since", state.since().toString()).withDetail("pendingSignOuts", relay.pendingCount());
        if (state.error() != null) {
            health.withDetail("error", state.error());
        }
        return health.build();
    }
}
