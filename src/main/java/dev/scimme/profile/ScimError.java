package dev.scimme.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A SCIM error body (RFC 7644 §3.12). WSO2 servers send {@code schemas} as a single string and
 * {@code status} as a string, so both shapes are accepted.
 *
 * @param status the status the body claims, or 0 when it has none or an unreadable one
 */
record ScimError(
        List<String> schemas,
        int status,
        @Nullable String detail,
        @Nullable String scimType) {

    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    static final int MAX_DETAIL_LENGTH = 500;

    ScimError {
        schemas = List.copyOf(schemas);
    }

    /** The error this body describes, or empty when it is not a SCIM error at all. */
    static Optional<ScimError> parse(JsonNode body) {
        if (!body.isObject()) {
            return Optional.empty();
        }
        List<String> schemas = schemas(ScimJson.attribute(body, "schemas"));
        int status = status(ScimJson.attribute(body, "status"));
        String detail = ScimJson.text(ScimJson.attribute(body, "detail"), MAX_DETAIL_LENGTH);
        String scimType = ScimJson.text(ScimJson.attribute(body, "scimType"), MAX_DETAIL_LENGTH);
        boolean declared = schemas.stream().anyMatch(ERROR_SCHEMA::equalsIgnoreCase);
        if (!declared && detail == null && status == 0) {
            return Optional.empty();
        }
        return Optional.of(new ScimError(schemas, status, detail, scimType));
    }

    private static List<String> schemas(@Nullable JsonNode node) {
        List<String> schemas = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                String schema = ScimJson.text(element, MAX_DETAIL_LENGTH);
                if (schema != null && schemas.size() < 20) {
                    schemas.add(schema.trim());
                }
            }
        } else {
            String schema = ScimJson.text(node, MAX_DETAIL_LENGTH);
            if (schema != null) {
                schemas.add(schema.trim());
            }
        }
        return schemas;
    }

    private static int status(@Nullable JsonNode node) {
        if (node != null && node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        String text = ScimJson.text(node, 10);
        if (text != null && text.trim().matches("\\d{3}")) {
            return Integer.parseInt(text.trim());
        }
        return 0;
    }
}
