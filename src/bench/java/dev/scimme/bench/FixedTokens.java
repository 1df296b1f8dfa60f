package dev.scimme.bench;

import dev.scimme.security.SessionTokens;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** A session whose access token never expires: the token lookup the service does, without an IdP. */
final class FixedTokens implements SessionTokens {

    static final String TOKEN_VALUE = "bench-access-token";

    private final OAuth2AccessToken token = new OAuth2AccessToken(
            OAuth2AccessToken.TokenType.BEARER,
            TOKEN_VALUE,
            Instant.now(),
            Instant.now().plus(Duration.ofDays(1)));

    @Override
    public OAuth2AccessToken accessToken() {
        return token;
    }

    @Override
    public OAuth2AccessToken refreshAfterRejection(OAuth2AccessToken rejected) {
        return token;
    }
}
