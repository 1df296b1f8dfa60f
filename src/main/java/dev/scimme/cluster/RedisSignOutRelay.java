package dev.scimme.cluster;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.RedisStreamCommands.XAddOptions;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Back-channel logouts shared between instances through Redis. A logout token's {@code jti} is
 * claimed with {@code SET NX} and an expiry of {@link ReplayMemory#MAX_AGE}, so a replay is refused
 * wherever it lands. Each accepted sign-out is appended to a Redis stream that every instance reads
 * (this one too: ending a session twice ends nothing more), so an instance whose connection dropped
 * for a moment catches up from where it was instead of missing what a pub/sub message would have
 * carried; entries older than the session timeout are trimmed.
 *
 * <p>Nothing on a request thread waits for Redis longer than the command timeout
 * ({@code spring.data.redis.timeout}), and not at all while Redis is known to be down: the replay
 * check then uses this instance's memory, and sign-outs wait in {@link PendingSignOuts}. One
 * background thread sends, reads and watches; it notices Redis coming back within a second and
 * sends what waited.
 */
public final class RedisSignOutRelay implements SignOutRelay, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisSignOutRelay.class);
    static final String STREAM = "scim-me:sign-outs";
    static final String TOKEN_KEY_PREFIX = "scim-me:logout-token:";
    /** How often the stream is read: a sign-out reaches the other instances within this. */
    static final Duration POLL = Duration.ofMillis(100);
    /** How often a Redis that does not answer is asked again. */
    static final Duration RETRY = Duration.ofMillis(500);

    private final StringRedisTemplate redis;
    private final ReplayMemory memory;
    private final PendingSignOuts pending;
    private final RedisAvailability availability;
    private final SignOutListener localSessions;
    private final Clock clock;
    private final Duration sessionTimeout;
    private final Object wakeUp = new Object();
    private volatile boolean running;
    private @Nullable Thread worker;
    private @Nullable String lastRead;

    public RedisSignOutRelay(
            StringRedisTemplate redis,
            ReplayMemory memory,
            RedisAvailability availability,
            SignOutListener localSessions,
            Clock clock,
            Duration sessionTimeout) {
        this.redis = redis;
        this.memory = memory;
        this.availability = availability;
        this.localSessions = localSessions;
        this.clock = clock;
        this.sessionTimeout = sessionTimeout;
        this.pending = new PendingSignOuts(clock, sessionTimeout);
    }

    @Override
    public boolean firstUse(SignOut signOut) {
        boolean firstHere = memory.firstUse(signOut);
        if (!firstHere || !availability.isUp()) {
            return firstHere;
        }
        try {
            boolean firstAnywhere = claim(signOut);
            availability.up();
            return firstAnywhere;
        } catch (DataAccessException e) {
            availability.down(e);
            return true;
        }
    }

    @Override
    public void relay(SignOut signOut) {
        pending.add(signOut);
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /** Sign-outs waiting for Redis: shown in health. */
    public int pendingCount() {
        return pending.size();
    }

    private boolean claim(SignOut signOut) {
        return Boolean.TRUE.equals(redis.opsForValue()
                .setIfAbsent(TOKEN_KEY_PREFIX + ReplayMemory.key(signOut), "1", ReplayMemory.MAX_AGE));
    }

    private void run() {
        int failuresInARow = 0;
        while (running) {
            try {
                if (lastRead == null) {
                    lastRead = newestEntry();
                }
                sendPending();
                readOthers();
                failuresInARow = 0;
                availability.up();
            } catch (DataAccessException e) {
                // Twice: a first connection made while the JVM is still warming up can miss the
                // timeout; a Redis that is really gone fails again half a second later.
                if (++failuresInARow >= 2) {
                    availability.down(e);
                }
            } catch (RuntimeException e) {
                log.error("Sign-out relay step failed; trying again", e);
            }
            pause(availability.isUp() && failuresInARow == 0 ? POLL : RETRY);
        }
    }

    /** Where this instance starts reading: sign-outs before its start named no session of it. */
    private String newestEntry() {
        List<MapRecord<String, Object, Object>> newest = redis.opsForStream()
                .reverseRange(STREAM, Range.unbounded(), Limit.limit().count(1));
        return newest == null || newest.isEmpty()
                ? "0-0"
                : newest.get(0).getId().getValue();
    }

    private void sendPending() {
        for (Optional<SignOut> next = pending.oldest(); next.isPresent(); next = pending.oldest()) {
            SignOut signOut = next.get();
            // Sent while Redis was down, its jti is claimed now, so replays are refused everywhere
            // from here on (when another instance claimed it first, this changes nothing).
            if (!memory.isStale(signOut)) {
                claim(signOut);
            }
            long trimBefore = clock.millis() - sessionTimeout.toMillis();
            redis.opsForStream()
                    .add(
                            MapRecord.create(STREAM, signOut.toFields()),
                            XAddOptions.none()
                                    .minId(RecordId.of(Math.max(trimBefore, 0) + "-0"))
                                    .approximateTrimming(true));
            pending.sent(signOut);
        }
    }

    private void readOthers() {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .read(StreamReadOptions.empty().count(100), StreamOffset.create(STREAM, ReadOffset.from(lastRead)));
        if (records == null) {
            return;
        }
        for (MapRecord<String, Object, Object> entry : records) {
            lastRead = entry.getId().getValue();
            try {
                localSessions.signOut(SignOut.fromFields(entry.getValue()));
            } catch (IllegalArgumentException e) {
                log.warn("Ignored stream entry {} of {}: {}", entry.getId(), STREAM, e.getMessage());
            }
        }
    }

    private void pause(Duration duration) {
        synchronized (wakeUp) {
            try {
                wakeUp.wait(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        Thread thread = new Thread(this::run, "sign-out-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = worker;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(RETRY.toMillis() * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
