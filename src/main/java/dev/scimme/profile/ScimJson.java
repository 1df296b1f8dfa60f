package dev.scimme.profile;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Lenient reading of SCIM JSON. RFC 7643 §2.1 makes attribute names case-insensitive, and
 * servers in the wild send strings where the schema says boolean or number, so every lookup
 * here tolerates both. Editing reads {@code /Schemas} and {@code /ServiceProviderConfig} with it too.
 */
public final class ScimJson {

    private ScimJson() {}

    /** The attribute named {@code name} in any letter case, exact spelling preferred. */
    public static @Nullable JsonNode attribute(JsonNode object, String name) {
        if (!object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            if (property.getKey().equalsIgnoreCase(name)) {
                return property.getValue();
            }
        }
        return null;
    }

    /** A scalar as text, or null when absent, null, blank or structured. */
    public static @Nullable String text(@Nullable JsonNode node, int maxLength) {
        if (node == null || !(node.isString() || node.isNumber() || node.isBoolean())) {
            return null;
        }
        String text = node.asString();
        return text.isBlank() ? null : cap(text, maxLength);
    }

    /** JSON {@code true}, or the string "true" as some servers send it. */
    public static boolean isTrue(@Nullable JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isString() && node.stringValue().trim().equalsIgnoreCase("true");
    }

    /** JSON {@code false}, or the string "false". */
    public static boolean isFalse(@Nullable JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return !node.booleanValue();
        }
        return node.isString() && node.stringValue().trim().equalsIgnoreCase("false");
    }

    static String cap(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxLength - 1)) ? maxLength - 1 : maxLength;
        return text.substring(0, end);
    }
}
