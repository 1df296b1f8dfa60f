package dev.scimme.cluster;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis answered the last command, as the app sees it: one home for "is Redis up?", read by
 * the sign-out relay (which skips Redis while it is down instead of waiting for a timeout on each
 * logout) and by {@code /actuator/health}. Says so in the log once per change, not once per failure.
 */
public final class RedisAvailability {

    private static final Logger log = LoggerFactory.getLogger(RedisAvailability.class);

    /** Up or down since {@code since}; {@code error} names what failed last, never a value or a password. */
    public record State(
            boolean known,
            boolean up,
            Instant since,
            @Nullable String error) {}

    private final Clock clock;
    private final AtomicReference<State> state;

    public RedisAvailability(Clock clock) {
        this.clock = clock;
        this.state = new AtomicReference<>(new State(false, false, clock.instant(), null));
    }

    public State state() {
        return state.get();
    }

    /** True only once Redis has answered and has not failed since. */
    public boolean isUp() {
        return state.get().up();
    }

    void up() {
        State before = state.get();
        if (before.up() || !state.compareAndSet(before, new State(true, true, clock.instant(), null))) {
            return;
        }
        if (before.known()) {
            log.info("Redis answers again: back-channel logouts reach every instance, queued ones are being sent");
        }
    }

    void down(Exception cause) {
        State before = state.get();
        String error = cause.getClass().getSimpleName();
        if ((before.known() && !before.up())
                || !state.compareAndSet(before, new State(true, false, clock.instant(), error))) {
            return;
        }
        log.warn(
                "Redis does not answer ({}): back-channel logouts end sessions on this instance only and are"
                        + " queued for the others until Redis is back",
                error);
    }
}
