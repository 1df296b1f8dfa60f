package dev.scimme.localidp;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/**
 * A started local identity provider. Closing it stops its web server; closing twice is harmless.
 */
public final class RunningLocalIdp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final LocalIdpIdentity identity;
    private final ScimBehaviour scimBehaviour;
    private final IssuedAuthorizations authorizations;

    RunningLocalIdp(ConfigurableApplicationContext context, LocalIdpIdentity identity, ScimBehaviour scimBehaviour,
            IssuedAuthorizations authorizations) {
        this.context = context;
        this.identity = identity;
        this.scimBehaviour = scimBehaviour;
        this.authorizations = authorizations;
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
