package dev.scimme.localidp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Switches that make {@code /scim2/Me} misbehave on purpose, so the app's handling of odd but real
 * SCIM servers can be seen and tested: how it answers ({@code emails} shape, delay, forced status,
 * held answers; for {@code GET} and {@code PATCH} alike) and what it lets a user edit (read-only
 * attributes, e-mail verification, {@code /Schemas} refused, {@code PATCH} not supported). Mutable at
 * runtime (end-to-end tests flip them between requests) and safe to flip from any thread.
 */
public final class ScimBehaviour {

    private final AtomicReference<EmailShape> emails;
    private final AtomicReference<Duration> delay;
    private final AtomicInteger forcedStatus;
    private final AtomicReference<@Nullable Hold> hold = new AtomicReference<>();
    private final AtomicReference<List<String>> readOnly;
    private final AtomicBoolean pendingEmail;
    private final AtomicBoolean refuseSchemas;
    private final AtomicBoolean patchSupported;

    public ScimBehaviour(ScimSettings initial) {
        this.emails = new AtomicReference<>(initial.emails());
        this.delay = new AtomicReference<>(initial.delay());
        this.forcedStatus = new AtomicInteger(initial.forcedStatus());
        this.readOnly = new AtomicReference<>(initial.readOnly());
        this.pendingEmail = new AtomicBoolean(initial.pendingEmail());
        this.refuseSchemas = new AtomicBoolean(initial.refuseSchemas());
        this.patchSupported = new AtomicBoolean(initial.patchSupported());
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

    /** Attribute paths made {@code readOnly}: {@code name.familyName}, {@code urn:…:User:department}. */
    public List<String> readOnly() {
        return readOnly.get();
    }

    /**
     * Makes these attributes {@code readOnly}, in {@code /Schemas} and for {@code PATCH} (which refuses
     * them with Asgardeo's {@code mutability} error), replacing the earlier list; none for the standard.
     */
    public void readOnly(String... paths) {
        readOnly.set(List.of(paths));
    }

    /** Whether added e-mail addresses wait for verification, out of the resource. */
    public boolean pendingEmail() {
        return pendingEmail.get();
    }

    /**
     * {@code true}: a {@code PATCH} that adds or changes an e-mail address answers 200, but the resource
     * keeps its addresses as they were, as Asgardeo's verification on update does.
     */
    public void pendingEmail(boolean pending) {
        pendingEmail.set(pending);
    }

    public boolean refuseSchemas() {
        return refuseSchemas.get();
    }

    /** {@code true}: {@code /scim2/Schemas} answers 403 with a SCIM error. */
    public void refuseSchemas(boolean refuse) {
        refuseSchemas.set(refuse);
    }

    public boolean patchSupported() {
        return patchSupported.get();
    }

    /**
     * {@code false}: {@code /ServiceProviderConfig} says {@code patch.supported:false} and {@code PATCH
     * /scim2/Me} answers 501 with a SCIM error.
     */
    public void patchSupported(boolean supported) {
        patchSupported.set(supported);
    }

    /**
     * Holds every {@code /scim2/Me} answer from now until the returned hold is released (or closed):
     * a request in flight for exactly as long as a test needs, where a {@link #delay(Duration)} would
     * have to guess. A later hold releases an earlier one.
     */
    public Hold holdAnswers() {
        Hold next = new Hold();
        Hold previous = hold.getAndSet(next);
        if (previous != null) {
            previous.release();
        }
        return next;
    }

    /** Waits while answers are held; called by the endpoint before it answers. */
    void awaitRelease() throws InterruptedException {
        Hold current = hold.get();
        if (current != null) {
            current.await();
        }
    }

    /** Back to the standard-conforming, immediate answer, with everything editable. */
    public void reset() {
        emails(EmailShape.OBJECTS);
        delay(Duration.ZERO);
        forcedStatus(0);
        readOnly.set(List.of());
        pendingEmail(false);
        refuseSchemas(false);
        patchSupported(true);
        Hold current = hold.get();
        if (current != null) {
            current.release();
        }
    }

    /** Held {@code /scim2/Me} answers: see which requests arrived, then let them all go. */
    public final class Hold implements AutoCloseable {

        /** A forgotten hold must not hang the IdP for good: after this, a held request is answered anyway. */
        private static final Duration LONGEST = Duration.ofMinutes(2);

        private final CountDownLatch released = new CountDownLatch(1);
        private final Semaphore arrived = new Semaphore(0);

        private Hold() {}

        /**
         * Waits up to {@code timeout} for a {@code /scim2/Me} request to arrive and be held; each
         * arrival is counted once.
         *
         * @return whether one arrived (it is still waiting: nothing was answered yet)
         */
        public boolean awaitRequest(Duration timeout) throws InterruptedException {
            return arrived.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
        }

        /** Answers the held requests, and later ones at once. */
        public void release() {
            hold.compareAndSet(this, null);
            released.countDown();
        }

        @Override
        public void close() {
            release();
        }

        private void await() throws InterruptedException {
            arrived.release();
            released.await(LONGEST.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    static void requireForcedStatus(int status) {
        if (status != 0 && (status < 100 || status > 599)) {
            throw new IllegalArgumentException("forced status must be 0 (off) or an HTTP status, was " + status);
        }
    }
}
