package dev.scimme.cluster;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-outs this instance accepted and has not yet told the others, oldest first. A sign-out older
 * than the session timeout is dropped: every session it could end has expired by then. Bounded, so
 * a long Redis outage under a flood of logouts cannot exhaust the heap.
 */
final class PendingSignOuts {

    private static final Logger log = LoggerFactory.getLogger(PendingSignOuts.class);
    static final int CAPACITY = 10_000;

    private record Pending(SignOut signOut, Instant received) {}

    private final Clock clock;
    private final Duration keepFor;
    private final Deque<Pending> queue = new ArrayDeque<>();

    PendingSignOuts(Clock clock, Duration keepFor) {
        this.clock = clock;
        this.keepFor = keepFor;
    }

    synchronized void add(SignOut signOut) {
        if (queue.size() == CAPACITY) {
            queue.removeFirst();
            log.warn("More than {} sign-outs wait for Redis: the oldest is dropped", CAPACITY);
        }
        queue.addLast(new Pending(signOut, clock.instant()));
    }

    /** The oldest sign-out still worth sending, without removing it; the expired ones before it are dropped. */
    synchronized Optional<SignOut> oldest() {
        Instant cutoff = clock.instant().minus(keepFor);
        while (!queue.isEmpty() && queue.peekFirst().received().isBefore(cutoff)) {
            queue.removeFirst();
            log.info("A sign-out older than the session timeout was dropped unsent: its sessions have expired");
        }
        return Optional.ofNullable(queue.peekFirst()).map(Pending::signOut);
    }

    /** Removes {@code signOut} once sent (it is the oldest: one thread sends). */
    synchronized void sent(SignOut signOut) {
        if (!queue.isEmpty() && queue.peekFirst().signOut() == signOut) {
            queue.removeFirst();
        }
    }

    synchronized int size() {
        return queue.size();
    }
}
