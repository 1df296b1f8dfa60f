package dev.scimme.localidp;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/** Spring's in-memory authorization store, minus what {@link AccessControls} revoked: a revoked refresh token is not found. */
final class RevocationAwareAuthorizationService implements OAuth2AuthorizationService {

    private final OAuth2AuthorizationService delegate;
    private final AccessControls controls;

    RevocationAwareAuthorizationService(OAuth2AuthorizationService delegate, AccessControls controls) {
        this.delegate = delegate;
        this.controls = controls;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        delegate.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        OAuth2Authorization authorization = delegate.findByToken(token, tokenType);
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
}
