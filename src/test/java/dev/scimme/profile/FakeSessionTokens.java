package dev.scimme.profile;

import dev.scimme.security.NotSignedInException;
import dev.scimme.security.SessionTokens;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/** A session that hands out a fixed token and, when asked to refresh, a second fixed token. */
public final class FakeSessionTokens implements SessionTokens {

    private final OAuth2AccessToken current;
    private final OAuth2AccessToken refreshed;
    private final List<OAuth2AccessToken> rejectedTokens = new CopyOnWriteArrayList<>();

    private FakeSessionTokens(String current, String refreshed) {
        this.current = token(current);
        this.refreshed = token(refreshed);
    }

    public static FakeSessionTokens withToken(String token) {
        return new FakeSessionTokens(token, token + "-refreshed");
    }

    public static FakeSessionTokens withTokenRefreshedTo(String token, String refreshed) {
        return new FakeSessionTokens(token, refreshed);
    }

    /** A session that has ended: every request for a token fails. */
    public static SessionTokens signedOut() {
        return new SessionTokens() {
            @Override
            public OAuth2AccessToken accessToken() {
                throw new NotSignedInException("signed out");
            }

            @Override
            public OAuth2AccessToken refreshAfterRejection(OAuth2AccessToken rejected) {
                throw new NotSignedInException("signed out");
            }
        };
    }

    /** A session whose token works until the server rejects it, and which then cannot refresh. */
    public static SessionTokens refreshRefused(String token) {
        return new SessionTokens() {
            @Override
            public OAuth2AccessToken accessToken() {
                return token(token);
            }

            @Override
            public OAuth2AccessToken refreshAfterRejection(OAuth2AccessToken rejected) {
                throw new NotSignedInException("refresh token expired");
            }
        };
    }

    @Override
    public OAuth2AccessToken accessToken() {
        return current;
    }

    @Override
    public OAuth2AccessToken refreshAfterRejection(OAuth2AccessToken rejected) {
        rejectedTokens.add(rejected);
        return refreshed;
    }

    /** The tokens this session was told were rejected, in order. */
    public List<OAuth2AccessToken> rejectedTokens() {
        return List.copyOf(rejectedTokens);
    }

    private static OAuth2AccessToken token(String value) {
        Instant now = Instant.now();
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, now, now.plusSeconds(3600));
    }
}
