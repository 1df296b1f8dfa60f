package dev.scimme.security;

/** The identity provider's discovery document could not be read: it is down, unreachable or misconfigured. */
public class IdentityProviderUnavailableException extends RuntimeException {

    private final String issuer;

    IdentityProviderUnavailableException(String issuer, Throwable cause) {
        super("The identity provider at " + issuer + " cannot be reached", cause);
        this.issuer = issuer;
    }

    public String issuer() {
        return issuer;
    }
}
