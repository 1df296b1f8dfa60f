package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.cluster.SignOut;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class LocalOidcSessionsTest {

    private static final String ISSUER = "http://localhost:9000";
    private static final Instant LOGOUT_ISSUED = Instant.parse("2026-12-01T12:00:00Z");

    private final InMemoryOidcSessionRegistry registry = new InMemoryOidcSessionRegistry();
    private final LocalOidcSessions sessions = new LocalOidcSessions(registry);

    @Test
    void a_sign_out_of_the_user_ends_their_sessions_signed_in_before_it_and_keeps_a_later_sign_in() {
        MockHttpSession before = signedIn("s-before", "demo", "idp-1", LOGOUT_ISSUED.minusSeconds(60));
        MockHttpSession after = signedIn("s-after", "demo", "idp-2", LOGOUT_ISSUED.plusSeconds(5));
        MockHttpSession otherUser = signedIn("s-other", "mallory", "idp-3", LOGOUT_ISSUED.minusSeconds(60));

        sessions.signOut(signOut("demo", null));

        assertThat(before.isInvalid()).isTrue();
        assertThat(after.isInvalid())
                .as("signed in after the logout token was issued: a late or repeated sign-out must spare it")
                .isFalse();
        assertThat(otherUser.isInvalid()).isFalse();
        sessions.signOut(signOut("demo", null));
        assertThat(after.isInvalid()).as("still registered, still spared").isFalse();
    }

    @Test
    void a_sign_out_naming_an_idp_session_ends_only_that_session() {
        MockHttpSession first = signedIn("s-1", "demo", "idp-1", LOGOUT_ISSUED.minusSeconds(60));
        MockHttpSession second = signedIn("s-2", "demo", "idp-2", LOGOUT_ISSUED.minusSeconds(60));

        sessions.signOut(signOut(null, "idp-2"));

        assertThat(first.isInvalid()).isFalse();
        assertThat(second.isInvalid()).isTrue();
    }

    @Test
    void a_session_whose_id_changed_at_sign_in_is_found_by_its_new_id() {
        MockHttpSession session = new MockHttpSession(null, "pre-sign-in");
        sessions.sessionCreated(new HttpSessionEvent(session));
        session.changeSessionId();
        sessions.sessionIdChanged(new HttpSessionEvent(session), "pre-sign-in");
        register(session.getId(), "demo", "idp-1", LOGOUT_ISSUED.minusSeconds(60));

        sessions.signOut(signOut("demo", null));

        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession signedIn(String sessionId, String subject, String sid, Instant signedInAt) {
        MockHttpSession session = new MockHttpSession(null, sessionId);
        sessions.sessionCreated(new HttpSessionEvent(session));
        register(sessionId, subject, sid, signedInAt);
        return session;
    }

    private void register(String sessionId, String subject, String sid, Instant signedInAt) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
                .issuer(ISSUER)
                .subject(subject)
                .audience(List.of("client"))
                .issuedAt(signedInAt)
                .expiresAt(signedInAt.plusSeconds(300))
                .claim("sid", sid)
                .build();
        registry.saveSessionInformation(
                new OidcSessionInformation(sessionId, Map.of(), new DefaultOidcUser(List.of(), idToken)));
    }

    private static SignOut signOut(@Nullable String subject, @Nullable String sid) {
        return new SignOut(ISSUER, List.of("client"), subject, sid, "jti-1", LOGOUT_ISSUED);
    }
}
