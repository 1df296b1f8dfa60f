package dev.scimme.localidp;

/**
 * Who the running IdP is and the one client it knows, fixed at start.
 * The secret never appears in {@link #toString()}: this record reaches logs via bean dumps.
 */
record LocalIdpIdentity(String issuer, String clientId, String clientSecret) {

    String meEndpoint() {
        return issuer + ScimMeEndpoint.PATH;
    }

    @Override
    public String toString() {
        return "LocalIdpIdentity[issuer=" + issuer + ", clientId=" + clientId + "]";
    }
}
