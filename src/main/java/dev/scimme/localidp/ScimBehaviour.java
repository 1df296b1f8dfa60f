package dev.scimme.localidp;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Switches that make {@code /scim2/Me} misbehave on purpose, so the app's handling of odd but real
 * SCIM servers can be seen and tested. Mutable at runtime (end-to-end tests flip them between requests)
 * and safe to flip from any thread.
 */
public final class ScimBehaviour {

    private final AtomicReference<EmailShape> emails;
    private final AtomicReference<Duration> delay;
    private final AtomicInteger forcedStatus;

    public ScimBehaviour(ScimSettings initial) {
        this.emails = new AtomicReference<>(initial.emails());
        this.delay = new AtomicReference<>(initial.delay());
        this.forcedStatus = new AtomicInteger(initial.forcedStatus());
    }

    public EmailShape emails() {
        return emails.get();
    }

    public void emails(EmailShape shape) {
        emails.set(Objects.requireNonNull(shape, "shape"));
    }

    public Duration delay() {
        return delay.get();
    }

    public void delay(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative: " + value);
        }
        delay.set(value);
    }

    /** The status {@code /scim2/Me} is forced to answer with, or 0 when it answers normally. */
    public int forcedStatus() {
        return forcedStatus.get();
    }

    public void forcedStatus(int status) {
        requireForcedStatus(status);
        forcedStatus.set(status);
    }

    /** Back to the standard-conforming, immediate answer. */
    public void reset() {
        emails(EmailShape.OBJECTS);
        delay(Duration.ZERO);
        forcedStatus(0);
    }

    static void requireForcedStatus(int status) {
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("forced status must be 0 (off) or an HTTP status, was " + status);
        }
    }
}
