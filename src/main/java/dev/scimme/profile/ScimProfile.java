package dev.scimme.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the SCIM server says about the signed-in user. Values are plain strings exactly as
 * received (only capped in length), so whoever renders them must treat them as text.
 *
 * @param emails primary address first, the others in the server's order
 * @param phoneNumbers primary number first, the others in the server's order
 * @param otherAttributes every other non-empty attribute, in the server's order
 * @param version {@code meta.version}, the resource's entity tag (e.g. {@code W/"3694e05e"}), when the
 *     server sends one; a save sends it back as {@code If-Match}
 * @param attributeValues every single-valued string (or number, or boolean) attribute as text, by its
 *     SCIM path: {@code title}, {@code name.givenName}, or for an extension its schema URN, a colon and
 *     the attribute ({@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}),
 *     so a form can start from them and a save can tell what changed
 */
public record ScimProfile(
        @Nullable String id,
        @Nullable String userName,
        ScimName name,
        List<ScimEmail> emails,
        List<ScimPhoneNumber> phoneNumbers,
        List<ScimAttribute> otherAttributes,
        @Nullable String version,
        Map<String, String> attributeValues) {

    public ScimProfile {
        emails = List.copyOf(emails);
        phoneNumbers = List.copyOf(phoneNumbers);
        otherAttributes = List.copyOf(otherAttributes);
        attributeValues = Map.copyOf(attributeValues);
    }

    /** A profile read from a server that sent no {@code meta.version}, with no attribute values by path. */
    public ScimProfile(
            @Nullable String id,
            @Nullable String userName,
            ScimName name,
            List<ScimEmail> emails,
            List<ScimPhoneNumber> phoneNumbers,
            List<ScimAttribute> otherAttributes) {
        this(id, userName, name, emails, phoneNumbers, otherAttributes, null, Map.of());
    }

    /**
     * The value of the simple attribute at {@code path}. RFC 7643 §2.1 makes attribute names
     * case-insensitive, so {@code name.givenname} finds what the server sent as {@code name.givenName};
     * the schema URN is matched in any case as well.
     */
    public Optional<String> attributeValue(String path) {
        String exact = attributeValues.get(path);
        if (exact != null) {
            return Optional.of(exact);
        }
        return attributeValues.entrySet().stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(path))
                .map(Map.Entry::getValue)
                .findFirst()
                .or(() -> Optional.ofNullable(modelledValue(path)));
    }

    /** The attributes this record models itself, for a profile made without values by path. */
    private @Nullable String modelledValue(String path) {
        return switch (path.toLowerCase(Locale.ROOT)) {
            case "id" -> id;
            case "username" -> userName;
            case "name.givenname" -> name.givenName();
            case "name.familyname" -> name.familyName();
            case "name.formatted" -> name.formatted();
            default -> null;
        };
    }

    /** The address marked primary, or else the first one the server listed. */
    public Optional<ScimEmail> primaryEmail() {
        return emails.stream()
                .filter(ScimEmail::primary)
                .findFirst()
                .or(() -> emails.stream().findFirst());
    }

    public Optional<String> givenName() {
        return Optional.ofNullable(name.givenName());
    }

    public Optional<String> familyName() {
        return Optional.ofNullable(name.familyName());
    }
}
