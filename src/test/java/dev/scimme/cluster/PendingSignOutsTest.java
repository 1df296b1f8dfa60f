package dev.scimme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingSignOutsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration SESSION_TIMEOUT = Duration.ofMinutes(30);

    private final MovableClock clock = new MovableClock();
    private final PendingSignOuts pending = new PendingSignOuts(clock, SESSION_TIMEOUT);

    @Test
    void sign_outs_wait_oldest_first_until_sent() {
        SignOut first = signOut("jti-1");
        SignOut second = signOut("jti-2");
        pending.add(first);
        pending.add(second);

        assertThat(pending.oldest()).contains(first);
        pending.sent(first);
        assertThat(pending.oldest()).contains(second);
        pending.sent(second);
        assertThat(pending.oldest()).isEmpty();
    }

    @Test
    void a_sign_out_waiting_longer_than_the_session_timeout_is_dropped_unsent_and_a_younger_one_is_kept() {
        pending.add(signOut("jti-old"));
        clock.now = NOW.plus(SESSION_TIMEOUT).minusSeconds(10);
        SignOut younger = signOut("jti-young");
        pending.add(younger);

        clock.now = NOW.plus(SESSION_TIMEOUT).plusSeconds(1);

        assertThat(pending.oldest()).contains(younger);
        assertThat(pending.size()).isEqualTo(1);
    }

    private static SignOut signOut(String jti) {
        return new SignOut("http://localhost:9000", List.of("client"), "demo", null, jti, NOW);
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
