package dev.scimme.localidp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One attribute of a SCIM schema, in the shape RFC 7643 section 7 gives it in {@code /Schemas}:
 * the same record describes the attribute to clients and checks what a {@code PATCH} leaves behind.
 */
record SchemaAttribute(
        String name,
        String type,
        boolean multiValued,
        boolean required,
        boolean caseExact,
        String mutability,
        String returned,
        String uniqueness,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SchemaAttribute> subAttributes) {

    static final String READ_WRITE = "readWrite";
    static final String READ_ONLY = "readOnly";

    SchemaAttribute {
        subAttributes = List.copyOf(subAttributes);
    }

    static SchemaAttribute string(String name) {
        return new SchemaAttribute(name, "string", false, false, false, READ_WRITE, "default", "none", List.of());
    }

    static SchemaAttribute bool(String name) {
        return new SchemaAttribute(name, "boolean", false, false, false, READ_WRITE, "default", "none", List.of());
    }

    static SchemaAttribute complex(String name, SchemaAttribute... subAttributes) {
        return new SchemaAttribute(
                name, "complex", false, false, false, READ_WRITE, "default", "none", List.of(subAttributes));
    }

    SchemaAttribute asMultiValued() {
        return new SchemaAttribute(
                name, type, true, required, caseExact, mutability, returned, uniqueness, subAttributes);
    }

    SchemaAttribute asRequired() {
        return new SchemaAttribute(
                name, type, multiValued, true, caseExact, mutability, returned, uniqueness, subAttributes);
    }

    SchemaAttribute asReadOnly() {
        return new SchemaAttribute(
                name, type, multiValued, required, caseExact, READ_ONLY, returned, uniqueness, subAttributes);
    }

    SchemaAttribute withSubAttributes(List<SchemaAttribute> newSubAttributes) {
        return new SchemaAttribute(
                name, type, multiValued, required, caseExact, mutability, returned, uniqueness, newSubAttributes);
    }

    /** Like {@code id} and {@code userName}: always returned, unique at this server. */
    SchemaAttribute asIdentifier() {
        return new SchemaAttribute(
                name, type, multiValued, required, true, mutability, "always", "server", subAttributes);
    }

    boolean isComplex() {
        return "complex".equals(type);
    }

    boolean isReadOnly() {
        return READ_ONLY.equals(mutability);
    }

    /** SCIM attribute names are case-insensitive (RFC 7643 section 2.1). */
    Optional<SchemaAttribute> subAttribute(String subName) {
        return subAttributes.stream()
                .filter(sub -> sub.name.equalsIgnoreCase(subName))
                .findFirst();
    }

    boolean named(String candidate) {
        return name.toLowerCase(Locale.ROOT).equals(candidate.toLowerCase(Locale.ROOT));
    }
}
