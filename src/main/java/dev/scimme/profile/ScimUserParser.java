package dev.scimme.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a SCIM user resource into a {@link ScimProfile}, accepting the shapes real servers send
 * rather than only those RFC 7643 prescribes: emails as plain strings, {@code primary} as a
 * string, {@code username} in another case, no {@code name} at all. Every string is capped and
 * every list is bounded, because the body comes from a server we do not control.
 */
final class ScimUserParser {

    static final int MAX_VALUE_LENGTH = 2_000;
    static final int MAX_ENTRIES = 100;

    private static final int MAX_LABEL_LENGTH = 200;
    /** A path longer than this is no attribute a form edits; it is left out rather than cut, which would misname it. */
    private static final int MAX_PATH_LENGTH = 300;
    /** Room for every simple attribute of the core, enterprise and vendor schemas together. */
    private static final int MAX_VALUES = 200;
    // Deeper structures are not profile data a person reads; they only cost time.
    private static final int MAX_DEPTH = 6;
    private static final Set<String> MODELLED_ATTRIBUTES =
            Set.of("schemas", "meta", "id", "username", "name", "emails", "phonenumbers");
    // Multi-valued complex attributes (roles, groups, addresses) are read as these sub-attributes.
    private static final List<String> DISPLAY_SUB_ATTRIBUTES = List.of("display", "value", "formatted");

    /** @param user a JSON object; the caller has checked that it is one */
    ScimProfile parse(JsonNode user) {
        List<Contact> emails = contacts(ScimJson.attribute(user, "emails"));
        List<Contact> phoneNumbers = contacts(ScimJson.attribute(user, "phoneNumbers"));
        String userName = ScimJson.text(ScimJson.attribute(user, "userName"), MAX_VALUE_LENGTH);
        if (userName == null && !emails.isEmpty()) {
            userName = emails.getFirst().value();
        }
        return new ScimProfile(
                ScimJson.text(ScimJson.attribute(user, "id"), MAX_VALUE_LENGTH),
                userName,
                name(ScimJson.attribute(user, "name")),
                emails.stream()
                        .map(c -> new ScimEmail(c.value(), c.type(), c.primary()))
                        .toList(),
                phoneNumbers.stream()
                        .map(c -> new ScimPhoneNumber(c.value(), c.type(), c.primary()))
                        .toList(),
                otherAttributes(user),
                version(ScimJson.attribute(user, "meta")),
                attributeValues(user));
    }

    private static @Nullable String version(@Nullable JsonNode meta) {
        return meta == null ? null : ScimJson.text(ScimJson.attribute(meta, "version"), MAX_LABEL_LENGTH);
    }

    /**
     * Single-valued scalars by SCIM path: top-level ({@code title}), sub-attributes of a complex
     * attribute ({@code name.givenName}), and both again inside an extension's object, prefixed with its
     * URN and a colon. Multi-valued attributes are left out: they have no single value to edit.
     */
    private static Map<String, String> attributeValues(JsonNode user) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : user.properties()) {
            String name = property.getKey();
            if (name.equalsIgnoreCase("schemas") || name.equalsIgnoreCase("meta")) {
                continue;
            }
            if (name.regionMatches(true, 0, "urn:", 0, 4) && property.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> attribute : property.getValue().properties()) {
                    addValues(name + ":" + attribute.getKey(), attribute.getValue(), values);
                }
            } else {
                addValues(name, property.getValue(), values);
            }
        }
        return values;
    }

    private static void addValues(String path, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> subAttribute : node.properties()) {
                addValue(path + "." + subAttribute.getKey(), subAttribute.getValue(), into);
            }
        } else {
            addValue(path, node, into);
        }
    }

    private static void addValue(String path, JsonNode node, Map<String, String> into) {
        String text = ScimJson.text(node, MAX_VALUE_LENGTH);
        if (text != null && path.length() <= MAX_PATH_LENGTH && into.size() < MAX_VALUES) {
            into.putIfAbsent(path, text);
        }
    }

    private static ScimName name(@Nullable JsonNode node) {
        if (node == null) {
            return ScimName.EMPTY;
        }
        if (!node.isObject()) {
            String formatted = ScimJson.text(node, MAX_VALUE_LENGTH);
            return formatted == null ? ScimName.EMPTY : new ScimName(null, null, formatted);
        }
        ScimName name = new ScimName(
                ScimJson.text(ScimJson.attribute(node, "givenName"), MAX_VALUE_LENGTH),
                ScimJson.text(ScimJson.attribute(node, "familyName"), MAX_VALUE_LENGTH),
                ScimJson.text(ScimJson.attribute(node, "formatted"), MAX_VALUE_LENGTH));
        return name.isEmpty() ? ScimName.EMPTY : name;
    }

    /**
     * Entries of a multi-valued attribute, the primary one first. Only the first entry marked
     * primary stays primary (RFC 7643 allows one); when none is marked, the first plain string
     * is taken as primary, since servers that send strings send the main address first.
     */
    private static List<Contact> contacts(@Nullable JsonNode node) {
        if (node == null) {
            return List.of();
        }
        Iterable<JsonNode> elements = node.isArray() ? node : List.of(node);
        List<Contact> contacts = new ArrayList<>();
        for (JsonNode element : elements) {
            if (contacts.size() == MAX_ENTRIES) {
                break;
            }
            Contact contact = contact(element);
            if (contact != null) {
                contacts.add(contact);
            }
        }
        int primary = indexOfFirst(contacts, true);
        if (primary < 0) {
            primary = indexOfFirst(contacts, false);
        }
        List<Contact> ordered = new ArrayList<>(contacts.size());
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i).withPrimary(i == primary);
            if (i == primary) {
                ordered.addFirst(contact);
            } else {
                ordered.add(contact);
            }
        }
        return ordered;
    }

    private static @Nullable Contact contact(JsonNode element) {
        if (element.isObject()) {
            String value = ScimJson.text(ScimJson.attribute(element, "value"), MAX_VALUE_LENGTH);
            if (value == null) {
                return null;
            }
            String type = ScimJson.text(ScimJson.attribute(element, "type"), MAX_VALUE_LENGTH);
            return new Contact(value, type, ScimJson.isTrue(ScimJson.attribute(element, "primary")), false);
        }
        String value = ScimJson.text(element, MAX_VALUE_LENGTH);
        return value == null ? null : new Contact(value, null, false, true);
    }

    /** @param markedPrimary true for the first entry marked primary, false for the first plain string */
    private static int indexOfFirst(List<Contact> contacts, boolean markedPrimary) {
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (markedPrimary ? contact.primary() : contact.plainString()) {
                return i;
            }
        }
        return -1;
    }

    private static List<ScimAttribute> otherAttributes(JsonNode user) {
        List<ScimAttribute> attributes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : user.properties()) {
            String name = property.getKey();
            JsonNode value = property.getValue();
            if (MODELLED_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // An extension's attributes read as if they were the user's own: "department", not the URN.
            boolean extension = name.regionMatches(true, 0, "urn:", 0, 4) && value.isObject();
            flatten(extension ? "" : name, value, 1, attributes);
        }
        return attributes;
    }

    private static void flatten(String label, JsonNode node, int depth, List<ScimAttribute> into) {
        if (into.size() >= MAX_ENTRIES || depth > MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String child = label.isEmpty() ? property.getKey() : label + "." + property.getKey();
                flatten(child, property.getValue(), depth + 1, into);
            }
            return;
        }
        String text = node.isArray() ? joined(node) : ScimJson.text(node, MAX_VALUE_LENGTH);
        if (text != null && !label.isBlank()) {
            into.add(new ScimAttribute(ScimJson.cap(label, MAX_LABEL_LENGTH), text));
        }
    }

    /** The entries of a multi-valued attribute, joined; null when none has a readable value. */
    private static @Nullable String joined(JsonNode array) {
        StringBuilder joined = new StringBuilder();
        for (JsonNode element : array) {
            if (joined.length() >= MAX_VALUE_LENGTH) {
                break;
            }
            String text = element.isObject() ? displayed(element) : ScimJson.text(element, MAX_VALUE_LENGTH);
            if (text != null) {
                joined.append(joined.isEmpty() ? "" : ", ").append(text);
            }
        }
        return joined.isEmpty() ? null : ScimJson.cap(joined.toString(), MAX_VALUE_LENGTH);
    }

    private static @Nullable String displayed(JsonNode element) {
        for (String subAttribute : DISPLAY_SUB_ATTRIBUTES) {
            String text = ScimJson.text(ScimJson.attribute(element, subAttribute), MAX_VALUE_LENGTH);
            if (text != null) {
                return text;
            }
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode value : element.values()) {
            String text = ScimJson.text(value, MAX_VALUE_LENGTH);
            if (text != null) {
                parts.add(text);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private record Contact(String value, @Nullable String type, boolean primary, boolean plainString) {

        Contact withPrimary(boolean primary) {
            return new Contact(value, type, primary, plainString);
        }
    }
}
