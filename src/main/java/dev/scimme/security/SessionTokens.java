package dev.scimme.security;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The tokens of one signed-in HTTP session. Captured on a request (or UI) thread with
 * {@link SessionTokenService#currentSession()}, then usable from any thread; it reads the
 * session's current tokens on every call, so a refresh made elsewhere is seen at once.
 */
public interface SessionTokens {

    /**
     * A valid access token for this session, refreshed first when it has expired.
     *
     * @throws NotSignedInException when the session has ended or cannot be refreshed
     */
    OAuth2AccessToken accessToken();

    /**
     * A new access token after an API rejected {@code rejected} although it looked valid.
     * If another thread already replaced {@code rejected}, that newer token is returned
     * without a second refresh.
     *
     * @throws NotSignedInException when no refresh is possible
     */
    OAuth2AccessToken refreshAfterRejection(OAuth2AccessToken rejected);
}
