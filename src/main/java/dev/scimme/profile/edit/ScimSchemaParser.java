package dev.scimme.profile.edit;

import dev.scimme.profile.ScimJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the user's editable shape from a {@code /Schemas} answer: a ListResponse ({@code Resources}, as
 * Asgardeo sends it) or a bare array. Only single-valued string attributes become form fields, the
 * sub-attributes of single-valued complex ones ({@code name.givenName}) included; multi-valued and
 * non-string attributes are left out, except that {@code emails} and {@code phoneNumbers} report their
 * mutability. Write-only attributes ({@code password}) and those never returned are left out too: a
 * form cannot show them, and a password is not changed through a profile form. Bounded, since the
 * answer comes from a server we do not control.
 */
final class ScimSchemaParser {

    static final String CORE_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String CORE_PREFIX = "urn:ietf:params:scim:schemas:core:2.0:";

    private static final int MAX_SCHEMAS = 50;
    private static final int MAX_ATTRIBUTES_READ = 500;
    private static final int MAX_ATTRIBUTES_LISTED = 200;
    /** RFC 7643 §2.1 ATTRNAME; anything else is not an attribute we can name in a PATCH. */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,99}");

    private static final Pattern SCHEMA_URN = Pattern.compile("urn:[A-Za-z0-9:._-]{1,200}");

    /** What {@code /Schemas} says the user may change; empty when the answer holds no core User schema. */
    record SchemaAttributes(
            List<AttributeDefinition> attributes,
            @Nullable Mutability emails,
            @Nullable Mutability phoneNumbers) {}

    Optional<SchemaAttributes> parse(JsonNode answer) {
        List<JsonNode> schemas = schemas(answer);
        JsonNode core = null;
        for (JsonNode schema : schemas) {
            if (CORE_USER.equalsIgnoreCase(id(schema))) {
                core = schema;
                break;
            }
        }
        if (core == null) {
            return Optional.empty();
        }
        Collector collector = new Collector();
        collector.read("", core);
        for (JsonNode schema : schemas) {
            String id = id(schema);
            if (id != null && isUserExtension(id)) {
                collector.read(id + ":", schema);
            }
        }
        return Optional.of(new SchemaAttributes(collector.listed, collector.emails, collector.phoneNumbers));
    }

    private static List<JsonNode> schemas(JsonNode answer) {
        JsonNode resources = answer.isArray() ? answer : ScimJson.attribute(answer, "Resources");
        List<JsonNode> schemas = new ArrayList<>();
        if (resources != null && resources.isArray()) {
            for (JsonNode schema : resources) {
                if (schemas.size() == MAX_SCHEMAS) {
                    break;
                }
                if (schema.isObject()) {
                    schemas.add(schema);
                }
            }
        }
        return schemas;
    }

    private static @Nullable String id(JsonNode schema) {
        String id = ScimJson.text(ScimJson.attribute(schema, "id"), 300);
        return id != null && SCHEMA_URN.matcher(id.trim()).matches() ? id.trim() : null;
    }

    /**
     * Which other schemas extend the user: the enterprise extension and vendors' own
     * ({@code urn:scim:wso2:schema}). The core schemas of other resources (Group, ResourceType…) and
     * anything named a group are not the user's. {@code /ResourceTypes} would say exactly, at the cost of
     * a third request that servers refuse as often as {@code /Schemas}.
     */
    private static boolean isUserExtension(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return !lower.startsWith(CORE_PREFIX.toLowerCase(Locale.ROOT)) && !lower.endsWith("group");
    }

    private static @Nullable Mutability mutability(JsonNode attribute) {
        String text = ScimJson.text(ScimJson.attribute(attribute, "mutability"), 30);
        if (text == null) {
            return null;
        }
        // RFC 7643 spells readWrite; older WSO2 servers send READ_WRITE.
        return switch (text.replace("_", "").replace("-", "").trim().toLowerCase(Locale.ROOT)) {
            case "readwrite" -> Mutability.READ_WRITE;
            case "writeonly" -> Mutability.WRITE_ONLY;
            case "readonly" -> Mutability.READ_ONLY;
            case "immutable" -> Mutability.IMMUTABLE;
            default -> null;
        };
    }

    private static boolean is(JsonNode attribute, String property, String value) {
        String text = ScimJson.text(ScimJson.attribute(attribute, property), 30);
        return text != null && text.trim().equalsIgnoreCase(value);
    }

    /** The attributes of the schemas read so far, in the server's order. */
    private static final class Collector {

        private final List<AttributeDefinition> listed = new ArrayList<>();
        private @Nullable Mutability emails;
        private @Nullable Mutability phoneNumbers;
        private int read;

        void read(String urnPrefix, JsonNode schema) {
            JsonNode attributes = ScimJson.attribute(schema, "attributes");
            if (attributes == null || !attributes.isArray()) {
                return;
            }
            for (JsonNode attribute : attributes) {
                if (exhausted()) {
                    return;
                }
                if (attribute.isObject()) {
                    attribute(urnPrefix, attribute);
                }
            }
        }

        private void attribute(String urnPrefix, JsonNode attribute) {
            String name = ScimJson.text(ScimJson.attribute(attribute, "name"), 100);
            Mutability mutability = mutability(attribute);
            if (name == null || !ATTRIBUTE_NAME.matcher(name).matches() || mutability == null) {
                return;
            }
            boolean multiValued = ScimJson.isTrue(ScimJson.attribute(attribute, "multiValued"));
            if (urnPrefix.isEmpty() && multiValued && name.equalsIgnoreCase("emails")) {
                emails = mutability;
            } else if (urnPrefix.isEmpty() && multiValued && name.equalsIgnoreCase("phoneNumbers")) {
                phoneNumbers = mutability;
            } else if (!multiValued && is(attribute, "type", "string")) {
                add(urnPrefix + name, name, mutability, attribute);
            } else if (!multiValued && is(attribute, "type", "complex") && !name.equalsIgnoreCase("meta")) {
                subAttributes(urnPrefix, name, mutability, attribute);
            }
        }

        private void subAttributes(String urnPrefix, String parent, Mutability parentMutability, JsonNode attribute) {
            JsonNode subAttributes = ScimJson.attribute(attribute, "subAttributes");
            if (subAttributes == null || !subAttributes.isArray()) {
                return;
            }
            for (JsonNode sub : subAttributes) {
                if (exhausted()) {
                    return;
                }
                String name = sub.isObject() ? ScimJson.text(ScimJson.attribute(sub, "name"), 100) : null;
                if (name == null
                        || !ATTRIBUTE_NAME.matcher(name).matches()
                        || ScimJson.isTrue(ScimJson.attribute(sub, "multiValued"))
                        || !is(sub, "type", "string")) {
                    continue;
                }
                Mutability own = mutability(sub);
                // A read-only or immutable parent cannot have a writable part.
                Mutability mutability = own == null || !parentMutability.editable() ? parentMutability : own;
                add(urnPrefix + parent + "." + name, parent + "." + name, mutability, sub);
            }
        }

        /** Counts one more attribute read; true once enough have been read or listed. */
        private boolean exhausted() {
            return ++read > MAX_ATTRIBUTES_READ || listed.size() == MAX_ATTRIBUTES_LISTED;
        }

        private void add(String path, String label, Mutability mutability, JsonNode attribute) {
            if (mutability == Mutability.WRITE_ONLY || is(attribute, "returned", "never")) {
                return;
            }
            boolean required = ScimJson.isTrue(ScimJson.attribute(attribute, "required"));
            listed.add(new AttributeDefinition(path, label, mutability, required));
        }
    }
}
