package dev.scimme.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's memory of logout tokens it accepted. Spring checks a logout token's signature,
 * issuer, audience, events and expiry, but a captured token could be posted again to end the user's
 * later sessions: each {@code jti} is remembered for {@link #MAX_AGE}, and a token issued earlier
 * than that is refused, so nothing needs remembering longer.
 */
public final class ReplayMemory {

    /** The oldest logout token accepted, by its {@code iat}; also how long a {@code jti} is remembered. */
    public static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    public ReplayMemory(Clock clock) {
        this.clock = clock;
    }

    /** True when {@code signOut} is fresh and this instance has not seen its token before. */
    public boolean firstUse(SignOut signOut) {
        Instant now = clock.instant();
        seen.values().removeIf(firstSeen -> firstSeen.isBefore(now.minus(MAX_AGE)));
        return !isStale(signOut) && seen.putIfAbsent(key(signOut), now) == null;
    }

    boolean isStale(SignOut signOut) {
        return signOut.issuedAt().isBefore(clock.instant().minus(MAX_AGE));
    }

    static String key(SignOut signOut) {
        return signOut.issuer() + " " + signOut.tokenId();
    }
}
