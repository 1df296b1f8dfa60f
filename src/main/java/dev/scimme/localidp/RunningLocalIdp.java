package dev.scimme.localidp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/**
 * A started local identity provider. Closing it stops its web server; closing twice is harmless.
 */
public final class RunningLocalIdp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final LocalIdpIdentity identity;
    private final ScimBehaviour scimBehaviour;
    private final AccessControls accessControls;
    private final IssuedAuthorizations authorizations;

    RunningLocalIdp(
            ConfigurableApplicationContext context,
            LocalIdpIdentity identity,
            ScimBehaviour scimBehaviour,
            AccessControls accessControls,
            IssuedAuthorizations authorizations) {
        this.context = context;
        this.identity = identity;
        this.scimBehaviour = scimBehaviour;
        this.accessControls = accessControls;
        this.authorizations = authorizations;
    }

    /**
     * A JWT with these claims, signed with this IdP's key (the one its JWKS publishes): for
     * crafting back-channel logout tokens, which this IdP does not send by itself.
     */
    public String sign(Map<String, Object> claims) {
        try {
            @SuppressWarnings("unchecked")
            JWKSource<SecurityContext> keys = context.getBean(JWKSource.class);
            RSAKey key = (RSAKey) keys.get(
                            new JWKSelector(new JWKMatcher.Builder()
                                    .keyType(KeyType.RSA)
                                    .build()),
                            null)
                    .getFirst();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(new JOSEObjectType("logout+jwt"))
                            .build(),
                    JWTClaimsSet.parse(claims));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | java.text.ParseException e) {
            throw new IllegalStateException("Cannot sign with the local IdP's key", e);
        }
    }

    /** Live switches for revocation and the consent screen. */
    public AccessControls accessControls() {
        return accessControls;
    }

    /** The OIDC issuer, e.g. {@code http://localhost:9000}; discovery is below it. */
    public String issuer() {
        return identity.issuer();
    }

    public String clientId() {
        return identity.clientId();
    }

    /** Random per start. Hand it to the app's client registration; never log it. */
    public String clientSecret() {
        return identity.clientSecret();
    }

    /** {@code {issuer}/scim2/Me}. */
    public String meEndpoint() {
        return identity.meEndpoint();
    }

    /** The live SCIM switches: changes apply to the next request. */
    public ScimBehaviour scimBehaviour() {
        return scimBehaviour;
    }

    /**
     * Every authorization this IdP has saved so far, in each state it was saved in (so tokens that
     * were later refreshed or revoked are still there), oldest first; the last 1 000 only. For tests
     * that need the tokens as issued, from the IdP's side rather than from the app.
     */
    public List<OAuth2Authorization> issuedAuthorizations() {
        return authorizations.all();
    }

    /**
     * Every user's profile back as configured, as after a restart, but under a new {@code meta.version}:
     * for tests that edit profiles through {@code PATCH /scim2/Me}.
     */
    public void resetProfiles() {
        context.getBean(LocalUsers.class).profiles().reset();
    }

    /** The e-mail addresses of {@code username} that wait for verification ({@link ScimBehaviour#pendingEmail(boolean)}). */
    public List<String> pendingEmailsOf(String username) {
        return context.getBean(LocalUsers.class)
                .profiles()
                .find(username)
                .map(UserProfiles.UserProfile::pendingEmails)
                .orElse(List.of());
    }

    public boolean isRunning() {
        return context.isActive();
    }

    @Override
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return "RunningLocalIdp[issuer=" + issuer() + ", clientId=" + clientId() + "]";
    }
}
