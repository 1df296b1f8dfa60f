package dev.scimme.security;

import dev.scimme.cluster.SignOut;
import dev.scimme.cluster.SignOutListener;
import dev.scimme.cluster.SignOutRelay;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Back-channel logout that acts once per logout token, on every instance. Spring has checked the
 * token's signature, issuer, audience, events and expiry; a token issued too long ago or used before
 * (on any instance, {@link SignOutRelay#firstUse}) ends nothing and is answered with 400. Otherwise
 * this instance's sessions of the user end at once, and the other instances are told.
 */
class ReplayRejectingLogoutHandler implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(ReplayRejectingLogoutHandler.class);

    private final SignOutListener localSessions;
    private final SignOutRelay relay;

    ReplayRejectingLogoutHandler(SignOutListener localSessions, SignOutRelay relay) {
        this.localSessions = localSessions;
        this.relay = relay;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (!(authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken logout)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        SignOut signOut = signOutOf(logout);
        if (signOut == null || !relay.firstUse(signOut)) {
            log.info("Back-channel logout refused: replayed or stale");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        localSessions.signOut(signOut);
        relay.relay(signOut);
    }

    /** Null when the token lacks what a one-time use needs ({@code jti}, {@code iat}). */
    private static @Nullable SignOut signOutOf(OidcLogoutToken logout) {
        List<String> audience = logout.getAudience();
        if (logout.getId() == null
                || logout.getIssuedAt() == null
                || logout.getIssuer() == null
                || audience == null
                || (logout.getSubject() == null && logout.getSessionId() == null)) {
            return null;
        }
        return new SignOut(
                logout.getIssuer().toString(),
                audience,
                logout.getSubject(),
                logout.getSessionId(),
                logout.getId(),
                logout.getIssuedAt());
    }
}
