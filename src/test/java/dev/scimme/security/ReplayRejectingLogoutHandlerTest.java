package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.cluster.LocalSignOutRelay;
import dev.scimme.cluster.ReplayMemory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;

class ReplayRejectingLogoutHandlerTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final MovableClock clock = new MovableClock(NOW);
    private int sessionsEnded;
    private final ReplayRejectingLogoutHandler handler = new ReplayRejectingLogoutHandler(
            signOut -> sessionsEnded++, new LocalSignOutRelay(new ReplayMemory(clock)));

    @Test
    void a_fresh_logout_token_ends_the_users_sessions() {
        MockHttpServletResponse response = post(logoutToken("jti-1", NOW, NOW.plusSeconds(120)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(sessionsEnded).isEqualTo(1);
    }

    @Test
    void a_logout_token_issued_long_ago_is_refused_even_when_it_has_not_expired() {
        MockHttpServletResponse response =
                post(logoutToken("jti-old", NOW.minus(Duration.ofMinutes(10)), NOW.plus(Duration.ofHours(1))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(sessionsEnded).isZero();
    }

    @Test
    void a_logout_token_replayed_after_its_jti_was_forgotten_is_refused() {
        OidcLogoutToken token = logoutToken("jti-2", NOW, NOW.plus(Duration.ofHours(1)));
        assertThat(post(token).getStatus()).isEqualTo(200);

        clock.advance(ReplayMemory.MAX_AGE.plusMinutes(1));
        MockHttpServletResponse replay = post(token);

        assertThat(replay.getStatus()).isEqualTo(400);
        assertThat(sessionsEnded).isEqualTo(1);
    }

    @Test
    void a_logout_token_replayed_while_its_jti_is_remembered_is_refused() {
        OidcLogoutToken token = logoutToken("jti-3", NOW, NOW.plusSeconds(120));
        assertThat(post(token).getStatus()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(30));
        MockHttpServletResponse replay = post(token);

        assertThat(replay.getStatus()).isEqualTo(400);
        assertThat(sessionsEnded).isEqualTo(1);
    }

    private MockHttpServletResponse post(OidcLogoutToken token) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.logout(
                new MockHttpServletRequest("POST", "/logout/connect/back-channel/asgardeo"),
                response,
                new TestingAuthenticationToken(token, null));
        return response;
    }

    private static OidcLogoutToken logoutToken(String jti, Instant issuedAt, Instant expiresAt) {
        return OidcLogoutToken.withTokenValue("logout-token-" + jti)
                .issuer("http://localhost:9000")
                .subject("demo")
                .audience(List.of("client"))
                .issuedAt(issuedAt)
                .claim("exp", expiresAt)
                .jti(jti)
                .events(Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                .build();
    }

    /** A clock the test moves forward; the handler takes "now" from it. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

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
