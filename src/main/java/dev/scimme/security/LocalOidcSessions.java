package dev.scimme.security;

import dev.scimme.cluster.SignOut;
import dev.scimme.cluster.SignOutListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;

/**
 * Ends this instance's sessions that a back-channel logout names, whichever instance received the
 * logout token. Spring's {@code OidcBackChannelLogoutHandler} is not used: it ends each session by
 * calling this app's own {@code /logout} over HTTP with the session's cookie, built from the address
 * of the logout request, which an instance that learned of the logout from another one does not
 * have. Invalidating the {@link HttpSession} ends the same things (security context, authorized
 * clients, Vaadin UIs: all live in it) without a network round trip; the open tab sees the sign-in
 * at its next action. The sessions are found in Spring's {@link OidcSessionRegistry} (which matches
 * issuer, audience and {@code sid} or {@code sub}) and held here by id, as the servlet container
 * offers no lookup by id.
 *
 * <p>A session signed in after the logout token was issued is kept: a sign-out queued while Redis was
 * down, or read again from the stream, must not end the user's newer sign-in.
 */
final class LocalOidcSessions implements SignOutListener, HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(LocalOidcSessions.class);

    private final OidcSessionRegistry registry;
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    LocalOidcSessions(OidcSessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void signOut(SignOut signOut) {
        int ended = 0;
        for (OidcSessionInformation information : registry.removeSessionInformation(asLogoutToken(signOut))) {
            Instant signedIn = information.getPrincipal().getIssuedAt();
            if (signedIn != null && signedIn.isAfter(signOut.issuedAt())) {
                registry.saveSessionInformation(information);
                continue;
            }
            HttpSession session = sessions.remove(information.getSessionId());
            if (session != null) {
                invalidate(session);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Back-channel logout ended {} session(s) on this instance", ended);
        }
    }

    /**
     * The registry finds sessions by a logout token only. This one is rebuilt from the claims of a
     * token already validated (here or on another instance); its value is a placeholder, no token.
     */
    private static OidcLogoutToken asLogoutToken(SignOut signOut) {
        OidcLogoutToken.Builder token = OidcLogoutToken.withTokenValue("validated-logout")
                .issuer(signOut.issuer())
                .audience(signOut.audience())
                .jti(signOut.tokenId())
                .issuedAt(signOut.issuedAt());
        if (signOut.subject() != null) {
            token.subject(signOut.subject());
        }
        if (signOut.sessionId() != null) {
            token.sessionId(signOut.sessionId());
        }
        return token.build();
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // Ended meanwhile by its own timeout or sign-out: nothing left to do.
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
        // Otherwise the registry keeps every expired session's signed-in user until a logout names it.
        registry.removeSessionInformation(event.getSession().getId());
    }
}
