package dev.scimme.profile.edit;

import dev.scimme.profile.ScimProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Works out what a draft changes and writes it as one SCIM PatchOp message, in the shape Asgardeo
 * accepts: changed simple attributes in one {@code replace} without a path ({@code {"name":{"givenName":
 * "Ann"}}}, an extension's under its URN), a cleared one as {@code remove} with its path; new e-mails or
 * phone numbers in one {@code add}, removed ones each as {@code remove} with a value filter; a change of
 * the primary address or of a type as one {@code replace} of the whole list. Values go into the message
 * as typed strings through Jackson, so nothing a user types can become JSON structure. Only attributes
 * the capabilities call editable are sent; the draft's other entries are ignored.
 */
final class PatchRequestBuilder {

    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    private final JsonMapper json = JsonMapper.builder().build();

    /** The request, or empty when the draft changes nothing that may be changed. */
    Optional<PatchRequest> build(ScimProfile original, ProfileDraft edited, EditCapabilities capabilities) {
        ArrayNode operations = json.createArrayNode();
        List<String> changedPaths = new ArrayList<>();
        simpleAttributes(original, edited, capabilities, operations, changedPaths);
        List<String> addedEmails = List.of();
        if (capabilities.emailsEditable()) {
            addedEmails = multiValued("emails", emails(original), emails(edited), operations, changedPaths);
        }
        List<String> addedPhoneNumbers = List.of();
        if (capabilities.phoneNumbersEditable()) {
            addedPhoneNumbers =
                    multiValued("phoneNumbers", phones(original), phones(original, edited), operations, changedPaths);
        }
        if (operations.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode body = json.createObjectNode();
        body.putArray("schemas").add(PATCH_OP);
        body.set("Operations", operations);
        return Optional.of(new PatchRequest(body, changedPaths, addedEmails, addedPhoneNumbers));
    }

    private void simpleAttributes(
            ScimProfile original,
            ProfileDraft edited,
            EditCapabilities capabilities,
            ArrayNode operations,
            List<String> changedPaths) {
        ObjectNode replaced = json.createObjectNode();
        List<String> cleared = new ArrayList<>();
        for (AttributeDefinition attribute : capabilities.attributes()) {
            String typed = edited.attributes().get(attribute.path());
            if (!attribute.mutability().editable() || typed == null) {
                continue;
            }
            String before = original.attributeValue(attribute.path()).orElse("").strip();
            String after = typed.strip();
            if (after.equals(before)) {
                continue;
            }
            changedPaths.add(attribute.path());
            if (after.isEmpty()) {
                cleared.add(attribute.path());
            } else {
                put(replaced, attribute.path(), after);
            }
        }
        if (!replaced.isEmpty()) {
            operations.addObject().put("op", "replace").set("value", replaced);
        }
        for (String path : cleared) {
            operations.addObject().put("op", "remove").put("path", path);
        }
    }

    /** {@code title}, {@code name.givenName}, {@code urn:…:User:department}, {@code urn:…:User:manager.value}. */
    private static void put(ObjectNode value, String path, String text) {
        ObjectNode target = value;
        String attribute = path;
        if (path.regionMatches(true, 0, "urn:", 0, 4)) {
            int colon = path.lastIndexOf(':');
            target = child(value, path.substring(0, colon));
            attribute = path.substring(colon + 1);
        }
        int dot = attribute.indexOf('.');
        if (dot > 0) {
            target = child(target, attribute.substring(0, dot));
            attribute = attribute.substring(dot + 1);
        }
        target.put(attribute, text);
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        JsonNode existing = parent.get(name);
        return existing instanceof ObjectNode object ? object : parent.putObject(name);
    }

    /** @return the values added */
    private List<String> multiValued(
            String attribute, List<Entry> before, List<Entry> after, ArrayNode operations, List<String> changedPaths) {
        Map<String, Entry> kept = byValue(before);
        Map<String, Entry> wanted = byValue(after);
        List<Entry> added =
                after.stream().filter(entry -> !kept.containsKey(entry.value())).toList();
        List<Entry> removed = before.stream()
                .filter(entry -> !wanted.containsKey(entry.value()))
                .toList();
        boolean retyped = after.stream()
                .anyMatch(entry -> kept.containsKey(entry.value())
                        && !Objects.equals(kept.get(entry.value()).type(), entry.type()));
        String primaryBefore = primary(before);
        String primaryAfter = primary(after);
        boolean primaryChanged = primaryAfter != null && !primaryAfter.equals(primaryBefore);
        if (added.isEmpty() && removed.isEmpty() && !retyped && !primaryChanged) {
            return List.of();
        }
        changedPaths.add(attribute);
        if (retyped || primaryChanged) {
            entries(operations.addObject().put("op", "replace").putObject("value"), attribute, after);
        } else {
            if (!added.isEmpty()) {
                entries(operations.addObject().put("op", "add").putObject("value"), attribute, added);
            }
            for (Entry entry : removed) {
                operations
                        .addObject()
                        .put("op", "remove")
                        .put("path", attribute + "[value eq \"" + escaped(entry.value()) + "\"]");
            }
        }
        return added.stream().map(Entry::value).toList();
    }

    private static void entries(ObjectNode value, String attribute, List<Entry> entries) {
        ArrayNode array = value.putArray(attribute);
        for (Entry entry : entries) {
            ObjectNode element = array.addObject().put("value", entry.value());
            if (entry.type() != null) {
                element.put("type", entry.type());
            }
            element.put("primary", entry.primary());
        }
    }

    /** A string inside a SCIM filter's quotes (RFC 7644 §3.4.2.2 takes JSON string syntax). */
    static String escaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Map<String, Entry> byValue(List<Entry> entries) {
        Map<String, Entry> byValue = new LinkedHashMap<>();
        entries.forEach(entry -> byValue.putIfAbsent(entry.value(), entry));
        return byValue;
    }

    private static @Nullable String primary(List<Entry> entries) {
        return entries.stream()
                .filter(Entry::primary)
                .map(Entry::value)
                .findFirst()
                .orElse(null);
    }

    private static List<Entry> emails(ScimProfile profile) {
        return profile.emails().stream()
                .map(email -> new Entry(email.value(), type(email.type()), email.primary()))
                .toList();
    }

    private static List<Entry> emails(ProfileDraft draft) {
        List<Entry> entries = new ArrayList<>();
        boolean primarySeen = false;
        for (ProfileDraft.EmailEntry email : draft.emails()) {
            String value = email.value().strip();
            if (value.isEmpty()
                    || entries.stream().anyMatch(entry -> entry.value().equals(value))) {
                continue;
            }
            entries.add(new Entry(value, type(email.type()), email.primary() && !primarySeen));
            primarySeen |= email.primary();
        }
        return entries;
    }

    private static List<Entry> phones(ScimProfile profile) {
        return profile.phoneNumbers().stream()
                .map(phone -> new Entry(phone.value(), type(phone.type()), phone.primary()))
                .toList();
    }

    /** A draft's phone numbers have no primary: a number that stays keeps the mark it had. */
    private static List<Entry> phones(ScimProfile original, ProfileDraft draft) {
        List<Entry> entries = new ArrayList<>();
        for (ProfileDraft.PhoneEntry phone : draft.phoneNumbers()) {
            String value = phone.value().strip();
            if (value.isEmpty()
                    || entries.stream().anyMatch(entry -> entry.value().equals(value))) {
                continue;
            }
            boolean primary = original.phoneNumbers().stream()
                    .anyMatch(kept -> kept.primary() && kept.value().equals(value));
            entries.add(new Entry(value, type(phone.type()), primary));
        }
        return entries;
    }

    private static @Nullable String type(@Nullable String type) {
        return type == null || type.isBlank() ? null : type.strip();
    }

    /** One entry of {@code emails} or {@code phoneNumbers}, as compared and as sent. */
    private record Entry(String value, @Nullable String type, boolean primary) {}
}
