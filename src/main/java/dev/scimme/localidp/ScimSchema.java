package dev.scimme.localidp;

import java.util.List;
import java.util.Optional;

/** An RFC 7643 section 7 schema resource, as one entry of {@code /Schemas}. */
record ScimSchema(
        List<String> schemas, String id, String name, String description, List<SchemaAttribute> attributes, Meta meta) {

    static final String SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

    ScimSchema {
        schemas = List.copyOf(schemas);
        attributes = List.copyOf(attributes);
    }

    ScimSchema(String id, String name, String description, List<SchemaAttribute> attributes) {
        this(List.of(SCHEMA), id, name, description, attributes, new Meta("Schema", "/scim2/Schemas/" + id));
    }

    Optional<SchemaAttribute> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.named(attributeName)).findFirst();
    }

    /** With {@code meta.location} absolute, below this issuer. */
    ScimSchema at(String issuer) {
        return new ScimSchema(schemas, id, name, description, attributes, new Meta("Schema", issuer + meta.location()));
    }

    ScimSchema withAttributes(List<SchemaAttribute> newAttributes) {
        return new ScimSchema(schemas, id, name, description, newAttributes, meta);
    }

    boolean isCore() {
        return UserSchemas.CORE.equals(id);
    }

    record Meta(String resourceType, String location) {}
}
