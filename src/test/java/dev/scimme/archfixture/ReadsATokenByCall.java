package dev.scimme.archfixture;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** Breaks "only the bearer token interceptor reads a raw token value", with a call on an ID token. */
public class ReadsATokenByCall {

    public String read(OidcIdToken token) {
        return token.getTokenValue();
    }
}
