package dev.scimme.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * The one place that hands out the current session's access token. It finds the session's tokens
 * on a request or UI thread and returns a {@link SessionTokens} handle that works from any thread;
 * an expired token is refreshed first, once per expiry even when several threads ask at once.
 *
 * <p>Why not Spring's {@code OAuth2AuthorizedClientManager}: its web implementation
 * ({@code DefaultOAuth2AuthorizedClientManager}) needs the current HTTP request, which a profile
 * loaded on a virtual thread does not have; the request-free one
 * ({@code AuthorizedClientServiceOAuth2AuthorizedClientManager}) reads tokens from an
 * {@code OAuth2AuthorizedClientService} keyed by principal name, shared by every session of a user
 * and outliving them. Neither forces a refresh after the API rejected a token that has not expired
 * (a revoked one), nor refreshes once when several threads of a session ask together. So the
 * session's tokens sit in one holder per HTTP session ({@link SessionTokenHolder}), and every handle
 * of that session refreshes under the holder's lock.
 */
@Service
public class SessionTokenService {

    private static final Logger log = LoggerFactory.getLogger(SessionTokenService.class);
    private static final String SIGNED_IN_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    /**
     * Refresh this long before expiry (at most; a tenth of the token's lifetime when that is
     * shorter), so a token does not expire on its way to the API.
     */
    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(5);

    private final OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient;
    private final Clock clock;
    private final MeterRegistry meters;
    private final SignedInUserRefresher signedInUser;

    SessionTokenService(
            OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshClient,
            Clock clock,
            MeterRegistry meters,
            SignedInUserRefresher signedInUser) {
        this.refreshClient = refreshClient;
        this.clock = clock;
        this.meters = meters;
        this.signedInUser = signedInUser;
    }

    /** The signed-in session of the current request or UI thread, if it has tokens. */
    public Optional<SessionTokens> currentSession() {
        Function<String, @Nullable Object> session = currentSessionAttributes();
        return session.apply(SessionTokenHolder.ATTRIBUTE) instanceof SessionTokenHolder holder
                        && holder.client() != null
                ? Optional.of(new HolderTokens(holder, session))
                : Optional.empty();
    }

    /** The current HTTP session's attributes, readable later from any thread; none outside a request. */
    private static Function<String, @Nullable Object> currentSessionAttributes() {
        return SessionAttributes.current()
                .<Function<String, @Nullable Object>>map(session -> session::get)
                .orElse(name -> null);
    }

    private void countRefresh(String outcome) {
        Counter.builder("session.token.refreshes")
                .description("Access-token refreshes at the IdP, by outcome")
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }

    private final class HolderTokens implements SessionTokens {

        private final SessionTokenHolder holder;
        private final Function<String, @Nullable Object> session;

        HolderTokens(SessionTokenHolder holder, Function<String, @Nullable Object> session) {
            this.holder = holder;
            this.session = session;
        }

        @Override
        public OAuth2AccessToken accessToken() {
            OAuth2AccessToken token = current().getAccessToken();
            return isExpired(token) ? refresh(token, "expired") : token;
        }

        @Override
        public OAuth2AccessToken refreshAfterRejection(OAuth2AccessToken rejected) {
            return refresh(rejected, "rejected by the API");
        }

        private OAuth2AuthorizedClient current() {
            OAuth2AuthorizedClient client = holder.client();
            if (client == null) {
                throw new NotSignedInException("The session has ended");
            }
            return client;
        }

        private OAuth2AccessToken refresh(OAuth2AccessToken stale, String why) {
            synchronized (holder) {
                OAuth2AuthorizedClient client = current();
                if (client.getAccessToken() != stale && !isExpired(client.getAccessToken())) {
                    return client.getAccessToken(); // another thread refreshed it while we waited
                }
                if (client.getRefreshToken() == null) {
                    holder.clear();
                    throw new NotSignedInException("The access token is " + why + " and there is no refresh token");
                }
                OAuth2AccessTokenResponse response;
                try {
                    response = refreshClient.getTokenResponse(new OAuth2RefreshTokenGrantRequest(
                            client.getClientRegistration(), client.getAccessToken(), client.getRefreshToken()));
                } catch (OAuth2AuthorizationException e) {
                    countRefresh("refused");
                    if ("invalid_grant".equals(e.getError().getErrorCode())) {
                        holder.clear(); // the refresh token is expired or revoked: it will never work again
                    }
                    log.info(
                            "The identity provider refused to renew a session ({}): the user must sign in again",
                            e.getError().getErrorCode());
                    throw new NotSignedInException("The identity provider refused to refresh the session", e);
                }
                OAuth2AuthorizedClient refreshed = new OAuth2AuthorizedClient(
                        client.getClientRegistration(),
                        client.getPrincipalName(),
                        response.getAccessToken(),
                        response.getRefreshToken() != null ? response.getRefreshToken() : client.getRefreshToken());
                holder.replace(refreshed);
                countRefresh("success");
                if (response.getAdditionalParameters().get(OidcParameterNames.ID_TOKEN) instanceof String idToken) {
                    signedInUser.update(session.apply(SIGNED_IN_CONTEXT), client.getClientRegistration(), idToken);
                }
                log.debug("Session renewed at the identity provider ({})", why);
                return refreshed.getAccessToken();
            }
        }

        private boolean isExpired(OAuth2AccessToken token) {
            Instant expiresAt = token.getExpiresAt();
            if (expiresAt == null) {
                return false;
            }
            Duration margin = EXPIRY_MARGIN;
            if (token.getIssuedAt() != null) {
                Duration tenth =
                        Duration.between(token.getIssuedAt(), expiresAt).dividedBy(10);
                margin = tenth.compareTo(margin) < 0 ? tenth : margin;
            }
            return !clock.instant().isBefore(expiresAt.minus(margin));
        }
    }
}
