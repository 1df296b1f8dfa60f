package dev.scimme.localidp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The IdP's authorization store, which also remembers every state of every authorization it saved:
 * tests read the tokens the IdP issued from here, on the IdP's side, to prove the app never lets
 * them reach the browser or its logs. Bounded, so a long-running development IdP does not grow
 * without limit. A refresh token issued before {@link AccessControls} revoked its user's tokens is
 * not found, so the refresh-token grant refuses it.
 */
final class IssuedAuthorizations implements OAuth2AuthorizationService {

    private static final int REMEMBERED = 1_000;

    private final OAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();
    private final Deque<OAuth2Authorization> saved = new ArrayDeque<>();
    private final AccessControls controls;

    IssuedAuthorizations(AccessControls controls) {
        this.controls = controls;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        store.save(authorization);
        synchronized (saved) {
            saved.addLast(authorization);
            if (saved.size() > REMEMBERED) {
                saved.removeFirst();
            }
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        store.remove(authorization);
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return store.findById(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        OAuth2Authorization authorization = store.findByToken(token, tokenType);
        if (authorization == null) {
            return null;
        }
        OAuth2Authorization.Token<OAuth2RefreshToken> refresh = authorization.getRefreshToken();
        // Asked by the refresh-token grant: a refresh token issued before a revocation is gone.
        boolean revoked = OAuth2TokenType.REFRESH_TOKEN.equals(tokenType)
                && refresh != null
                && controls.isRevoked(
                        authorization.getPrincipalName(), refresh.getToken().getIssuedAt());
        return revoked ? null : authorization;
    }

    /** Every saved state, oldest first (removed ones too). */
    List<OAuth2Authorization> all() {
        synchronized (saved) {
            return List.copyOf(saved);
        }
    }
}
