package dev.scimme.localidp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 7644 section 3.12 error response body; {@code status} is a string there, by the spec.
 * {@code scimType} is left out when there is none, as Asgardeo does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScimError(List<String> schemas, @Nullable String scimType, String detail, String status) {

    static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";

    static ScimError of(int status, String detail) {
        return of(status, null, detail);
    }

    static ScimError of(int status, @Nullable String scimType, String detail) {
        return new ScimError(List.of(SCHEMA), scimType, detail, Integer.toString(status));
    }
}
