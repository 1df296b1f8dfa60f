package dev.scimme.localidp;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What a user's attributes must look like after a change: read-only attributes unchanged (with
 * Asgardeo's wording), values of the type the schema declares, required values present, e-mail
 * addresses shaped like addresses.
 */
final class ProfileRules {

    /** Asgardeo's words, byte for byte: clients match on them. */
    static final String MUTABILITY_DETAIL = "Can not replace a immutable attribute or a read-only attribute";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final UserSchemas schemas;

    ProfileRules(UserSchemas schemas) {
        this.schemas = schemas;
    }

    /** @throws ScimException {@code mutability} or {@code invalidValue} */
    void check(JsonNode before, JsonNode after) {
        for (ScimSchema schema : schemas.all()) {
            JsonNode oldValues = schema.isCore() ? before : before.path(schema.id());
            JsonNode newValues = schema.isCore() ? after : after.path(schema.id());
            for (SchemaAttribute attribute : schema.attributes()) {
                unchangedIfReadOnly(attribute, oldValues.path(attribute.name()), newValues.path(attribute.name()));
            }
        }
        for (ScimSchema schema : schemas.all()) {
            JsonNode values = schema.isCore() ? after : after.path(schema.id());
            for (SchemaAttribute attribute : schema.attributes()) {
                JsonNode value = values.path(attribute.name());
                if (attribute.required()
                        && (value.isMissingNode() || value.asString("").isBlank())) {
                    throw invalidValue(attribute.name() + " is required and must not be empty.");
                }
                if (!value.isMissingNode()) {
                    typed(attribute, value);
                }
            }
        }
    }

    private static void unchangedIfReadOnly(SchemaAttribute attribute, JsonNode before, JsonNode after) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (attribute.isReadOnly()) {
            throw new ScimException(400, "mutability", MUTABILITY_DETAIL);
        }
        if (attribute.isComplex() && !attribute.multiValued()) {
            for (SchemaAttribute sub : attribute.subAttributes()) {
                unchangedIfReadOnly(sub, before.path(sub.name()), after.path(sub.name()));
            }
        }
    }

    private static void typed(SchemaAttribute attribute, JsonNode value) {
        if (attribute.multiValued()) {
            if (!value.isArray()) {
                throw invalidValue(attribute.name() + " must be an array.");
            }
            for (JsonNode element : value.values()) {
                single(attribute, element);
            }
        } else {
            single(attribute, value);
        }
    }

    private static void single(SchemaAttribute attribute, JsonNode value) {
        switch (attribute.type()) {
            case "boolean" -> {
                if (!value.isBoolean()) {
                    throw invalidValue(attribute.name() + " must be true or false.");
                }
            }
            case "complex" -> {
                if (!value.isObject()) {
                    throw invalidValue(attribute.name() + " must be an object.");
                }
                for (Map.Entry<String, JsonNode> entry : value.properties()) {
                    SchemaAttribute sub = attribute
                            .subAttribute(entry.getKey())
                            .orElseThrow(() -> invalidValue(
                                    "No sub-attribute " + entry.getKey() + " of " + attribute.name() + "."));
                    single(sub, entry.getValue());
                }
                for (SchemaAttribute sub : attribute.subAttributes()) {
                    if (sub.required() && value.path(sub.name()).asString("").isBlank()) {
                        throw invalidValue("Each of " + attribute.name() + " needs a non-empty " + sub.name() + ".");
                    }
                }
                if ("emails".equals(attribute.name())
                        && !EMAIL.matcher(value.path("value").asString("")).matches()) {
                    throw invalidValue(value.path("value").asString() + " is not an e-mail address.");
                }
            }
            default -> {
                if (!value.isString()) {
                    throw invalidValue(attribute.name() + " must be a string.");
                }
            }
        }
    }

    private static ScimException invalidValue(String detail) {
        return ScimException.badRequest("invalidValue", detail);
    }
}
