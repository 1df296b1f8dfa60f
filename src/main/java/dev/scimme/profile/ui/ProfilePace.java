package dev.scimme.profile.ui;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * How fast {@code /Me} answered the last time (for all users: it is the API's pace, not theirs), and so
 * whether {@code /client-profile} should wait a moment for the next answer ({@link PromptOrPushed}): only
 * while the API answers quickly. A slow API costs the view's layout no wait at all.
 */
@Component
class ProfilePace {

    /** How long a view waits: enough for an API that answers at once (5–10 ms here, start to callback). */
    static final Duration GRACE = Duration.ofMillis(20);

    /** An API that answered within this is taken to answer within the grace again, most of the time. */
    static final Duration FAST = Duration.ofMillis(50);

    /** Until an answer says otherwise, the API is taken to be fast. */
    private final AtomicLong lastAnswerNanos = new AtomicLong();

    /** How long the next load may be waited for on the request thread. */
    Duration grace() {
        return lastAnswerNanos.get() <= FAST.toNanos() ? GRACE : Duration.ZERO;
    }

    void answered(Duration took) {
        lastAnswerNanos.set(took.toNanos());
    }
}
