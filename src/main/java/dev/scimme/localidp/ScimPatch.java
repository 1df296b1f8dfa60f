package dev.scimme.localidp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies {@code PatchOp} operations (RFC 7644 section 3.5.2) to a user's attributes: core ones at
 * the top of the tree, each extension's under an object named by its URN, as in the resource. Works on
 * a copy and hands it to {@link ProfileRules}, so a refused request changes nothing.
 */
final class ScimPatch {

    private final UserSchemas schemas;

    ScimPatch(UserSchemas schemas) {
        this.schemas = schemas;
    }

    /** @throws ScimException when an operation does not fit the user, or its outcome breaks the schemas */
    ObjectNode apply(ObjectNode before, List<PatchOperation> operations) {
        ObjectNode after = before.deepCopy();
        for (PatchOperation operation : operations) {
            Map<String, Set<String>> primariesBefore = primaries(after);
            apply(after, operation);
            keepOnePrimary(after, primariesBefore);
        }
        followNameParts(before, after);
        dropUnassigned(after);
        new ProfileRules(schemas).check(before, after);
        return after;
    }

    private void apply(ObjectNode resource, PatchOperation operation) {
        String path = operation.path();
        JsonNode value = operation.value();
        if (path != null) {
            // A path naming a whole extension is the same as its attributes given without a path.
            var extension = schemas.extensions().stream()
                    .filter(schema -> schema.id().equalsIgnoreCase(path.trim()))
                    .findFirst();
            if (extension.isEmpty()) {
                applyAt(resource, ScimPath.parse(path, schemas), operation.op(), value);
                return;
            }
            if (operation.op() == PatchOperation.Op.REMOVE) {
                resource.remove(extension.get().id());
                return;
            }
            ObjectNode wrapped = resource.objectNode();
            wrapped.set(extension.get().id(), value);
            value = wrapped;
        }
        applyWithoutPath(resource, operation.op(), (ObjectNode) value);
    }

    private void applyWithoutPath(ObjectNode resource, PatchOperation.Op op, ObjectNode value) {
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String key = entry.getKey();
            if (key.equalsIgnoreCase("schemas")) {
                continue;
            }
            var extension = schemas.extensions().stream()
                    .filter(schema -> schema.id().equalsIgnoreCase(key))
                    .findFirst();
            if (extension.isPresent()) {
                if (!entry.getValue().isObject()) {
                    throw invalidValue("The value of " + key + " must be an object of its attributes.");
                }
                for (Map.Entry<String, JsonNode> inner : entry.getValue().properties()) {
                    SchemaAttribute attribute = known(extension.get(), inner.getKey());
                    applyAt(resource, new ScimPath(extension.get(), attribute, null, null), op, inner.getValue());
                }
            } else {
                SchemaAttribute attribute = known(schemas.core(), key);
                applyAt(resource, new ScimPath(schemas.core(), attribute, null, null), op, entry.getValue());
            }
        }
    }

    private void applyAt(ObjectNode resource, ScimPath path, PatchOperation.Op op, @Nullable JsonNode value) {
        ObjectNode container = container(resource, path.schema());
        SchemaAttribute attribute = path.attribute();
        String name = attribute.name();
        boolean remove = op == PatchOperation.Op.REMOVE || value == null || value.isNull();
        if (path.filter() != null) {
            applyToFiltered(container, path, op, value);
        } else if (path.subAttribute() != null) {
            String sub = path.subAttribute().name();
            if (remove) {
                if (container.get(name) instanceof ObjectNode complex) {
                    complex.remove(sub);
                }
            } else {
                objectAt(container, name).set(sub, value);
            }
        } else if (remove) {
            container.remove(name);
        } else if (attribute.multiValued()) {
            List<JsonNode> values = new ArrayList<>();
            for (JsonNode element : value.isArray() ? value.values() : List.of(value)) {
                values.add(attribute.isComplex() ? canonical(attribute, element) : element);
            }
            if (op == PatchOperation.Op.REPLACE || !(container.get(name) instanceof ArrayNode)) {
                container.putArray(name);
            }
            ArrayNode existing = (ArrayNode) container.get(name);
            values.forEach(element -> addOrMerge(existing, element));
        } else if (attribute.isComplex()) {
            // RFC 7644 section 3.5.2.3: sub-attributes left out of the value stay as they are.
            objectAt(container, name).setAll(canonical(attribute, value));
        } else {
            container.set(name, value);
        }
    }

    private void applyToFiltered(ObjectNode container, ScimPath path, PatchOperation.Op op, @Nullable JsonNode value) {
        ScimPath.ValueFilter filter = path.filter();
        String name = path.attribute().name();
        ArrayNode values = container.get(name) instanceof ArrayNode array ? array : container.arrayNode();
        List<ObjectNode> matches = new ArrayList<>();
        for (JsonNode element : values.values()) {
            if (element instanceof ObjectNode object && filter.matches(object)) {
                matches.add(object);
            }
        }
        SchemaAttribute sub = path.subAttribute();
        if (op == PatchOperation.Op.REMOVE) {
            if (sub == null) {
                values.removeIf(matches::contains);
            } else {
                matches.forEach(match -> match.remove(sub.name()));
            }
            return;
        }
        if (matches.isEmpty()) {
            throw ScimException.badRequest("noTarget", "No value of " + name + " matches the filter.");
        }
        for (ObjectNode match : matches) {
            if (sub != null) {
                match.set(sub.name(), value);
            } else {
                match.setAll(canonical(path.attribute(), value));
            }
        }
    }

    /** A value already present (same {@code value}) is updated rather than listed twice. */
    private static void addOrMerge(ArrayNode values, JsonNode element) {
        for (JsonNode existing : values.values()) {
            if (existing instanceof ObjectNode object
                    && element.isObject()
                    && object.path("value").isString()
                    && object.path("value")
                            .asString()
                            .equalsIgnoreCase(element.path("value").asString())) {
                object.setAll((ObjectNode) element);
                return;
            }
        }
        values.add(element);
    }

    /** Sub-attribute names as the schema spells them; an unknown one is refused. */
    private static ObjectNode canonical(SchemaAttribute attribute, @Nullable JsonNode value) {
        if (value == null || !value.isObject()) {
            throw invalidValue("Each value of " + attribute.name() + " must be an object of its sub-attributes.");
        }
        ObjectNode canonical = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            SchemaAttribute sub = attribute
                    .subAttribute(entry.getKey())
                    .orElseThrow(
                            () -> invalidValue("No sub-attribute " + entry.getKey() + " of " + attribute.name() + "."));
            canonical.set(sub.name(), entry.getValue());
        }
        return canonical;
    }

    private static SchemaAttribute known(ScimSchema schema, String name) {
        return schema.attribute(name)
                .orElseThrow(() -> invalidValue("No attribute " + name + " in " + schema.id() + "."));
    }

    private static ObjectNode container(ObjectNode resource, ScimSchema schema) {
        return schema.isCore() ? resource : objectAt(resource, schema.id());
    }

    private static ObjectNode objectAt(ObjectNode parent, String name) {
        if (parent.get(name) instanceof ObjectNode existing) {
            return existing;
        }
        return parent.putObject(name);
    }

    /** Values marked primary, per multi-valued attribute that has a {@code primary}. */
    private Map<String, Set<String>> primaries(ObjectNode resource) {
        Map<String, Set<String>> primaries = new HashMap<>();
        for (SchemaAttribute attribute : schemas.core().attributes()) {
            if (attribute.multiValued() && attribute.subAttribute("primary").isPresent()) {
                Set<String> values = new HashSet<>();
                for (JsonNode element : resource.path(attribute.name()).values()) {
                    if (element.path("primary").asBoolean(false)) {
                        values.add(element.path("value").asString("").toLowerCase(Locale.ROOT));
                    }
                }
                primaries.put(attribute.name(), values);
            }
        }
        return primaries;
    }

    /** RFC 7643 section 2.4: one primary value at most; a value just made primary takes over. */
    private static void keepOnePrimary(ObjectNode resource, Map<String, Set<String>> primariesBefore) {
        primariesBefore.forEach((name, before) -> {
            List<ObjectNode> primaries = new ArrayList<>();
            for (JsonNode element : resource.path(name).values()) {
                if (element instanceof ObjectNode object
                        && object.path("primary").asBoolean(false)) {
                    primaries.add(object);
                }
            }
            if (primaries.size() < 2) {
                return;
            }
            List<ObjectNode> fresh = primaries.stream()
                    .filter(p -> !before.contains(p.path("value").asString("").toLowerCase(Locale.ROOT)))
                    .toList();
            if (fresh.size() != 1) {
                throw invalidValue("At most one of " + name + " can be primary.");
            }
            primaries.stream().filter(p -> p != fresh.getFirst()).forEach(p -> p.put("primary", false));
        });
    }

    /**
     * A changed given or family name changes {@code name.formatted} too, unless the request set it:
     * the resource should not show the new name in one place and the old one in another.
     */
    private static void followNameParts(ObjectNode before, ObjectNode after) {
        JsonNode oldName = before.path("name");
        if (!(after.get("name") instanceof ObjectNode newName)
                || !oldName.path("formatted").equals(newName.path("formatted"))) {
            return;
        }
        String givenName = newName.path("givenName").asString("");
        String familyName = newName.path("familyName").asString("");
        if (givenName.equals(oldName.path("givenName").asString(""))
                && familyName.equals(oldName.path("familyName").asString(""))) {
            return;
        }
        String formatted = (givenName + " " + familyName).trim();
        if (formatted.isEmpty()) {
            newName.remove("formatted");
        } else {
            newName.put("formatted", formatted);
        }
    }

    /** RFC 7644 section 3.5.2.2: an emptied multi-valued attribute (or extension) is unassigned. */
    private static void dropUnassigned(ObjectNode resource) {
        resource.removeIf(value -> value.isNull() || (value.isContainer() && value.isEmpty()));
        for (JsonNode value : resource.values()) {
            if (value instanceof ObjectNode object) {
                object.removeIf(inner -> inner.isNull() || (inner.isArray() && inner.isEmpty()));
            }
        }
        resource.removeIf(value -> value.isContainer() && value.isEmpty());
    }

    private static ScimException invalidValue(String detail) {
        return ScimException.badRequest("invalidValue", detail);
    }
}
