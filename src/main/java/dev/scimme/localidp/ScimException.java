package dev.scimme.localidp;

import org.jspecify.annotations.Nullable;

/** A request the SCIM endpoints refuse, carrying the RFC 7644 section 3.12 answer it gets. */
final class ScimException extends RuntimeException {

    private final int status;
    private final @Nullable String scimType;

    ScimException(int status, @Nullable String scimType, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.scimType = scimType;
    }

    static ScimException badRequest(String scimType, String detail) {
        return new ScimException(400, scimType, detail);
    }

    int status() {
        return status;
    }

    ScimError body() {
        return ScimError.of(status, scimType, getMessage());
    }
}
