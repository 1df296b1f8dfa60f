package dev.scimme.security;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.Key;
import java.util.List;

/**
 * Picks the key an ID token's signature must verify with, refusing to guess: without a {@code kid}
 * header, Nimbus would try every key of the IdP's JWKS and accept whichever verifies. With one key
 * that is harmless; with several, the token did not say which key it claims, and the OpenID
 * Foundation's relying-party tests allow (and this app chooses) rejecting it rather than guessing.
 * No key selected means the token is rejected.
 */
final class KeyIdRequiredWhenAmbiguous<C extends SecurityContext> implements JWSKeySelector<C> {

    private final JWSKeySelector<C> delegate;

    KeyIdRequiredWhenAmbiguous(JWSKeySelector<C> delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, C context) throws KeySourceException {
        List<? extends Key> candidates = delegate.selectJWSKeys(header, context);
        if (header.getKeyID() == null && candidates.size() > 1) {
            return List.of();
        }
        return candidates;
    }
}
