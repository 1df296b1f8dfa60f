package dev.scimme.localidp;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A started local identity provider. Closing it stops its web server; closing twice is harmless.
 */
public final class RunningLocalIdp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final LocalIdpIdentity identity;
    private final ScimBehaviour scimBehaviour;
    private final AccessControls accessControls;

    RunningLocalIdp(ConfigurableApplicationContext context, LocalIdpIdentity identity, ScimBehaviour scimBehaviour,
            AccessControls accessControls) {
        this.context = context;
        this.identity = identity;
        this.scimBehaviour = scimBehaviour;
        this.accessControls = accessControls;
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
