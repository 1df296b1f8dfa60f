package dev.scimme.localidp;

import java.util.List;

/** An RFC 7644 section 3.12 error response body; {@code status} is a string there, by the spec. */
record ScimError(List<String> schemas, String status, String detail) {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    static ScimError of(int status, String detail) {
        return new ScimError(List.of(SCHEMA), Integer.toString(status), detail);
    }
}
