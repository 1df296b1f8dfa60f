package dev.scimme.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Back-channel logout that acts once per logout token: Spring checks signature, issuer, audience,
 * events and expiry, but a captured token could be posted again to end the user's later sessions.
 * Each token's {@code jti} is remembered for {@link #MAX_AGE}; a token seen before, or issued
 * earlier than that, ends nothing and is answered with 400.
 */
class ReplayRejectingLogoutHandler implements LogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(ReplayRejectingLogoutHandler.class);
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final LogoutHandler delegate;
    private final Clock clock;
    private final Map<String, Instant> seen = new ConcurrentHashMap<>();

    ReplayRejectingLogoutHandler(LogoutHandler delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
    }

    @Override
    public void logout(
            HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken logout) {
            Instant now = clock.instant();
            seen.values().removeIf(firstSeen -> firstSeen.isBefore(now.minus(MAX_AGE)));
            Instant issuedAt = logout.getIssuedAt();
            if (issuedAt == null
                    || issuedAt.isBefore(now.minus(MAX_AGE))
                    || logout.getId() == null
                    || seen.putIfAbsent(logout.getId(), now) != null) {
                log.info("Back-channel logout refused: replayed or stale");
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        delegate.logout(request, response, authentication);
    }
}
