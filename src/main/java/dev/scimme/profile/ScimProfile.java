package dev.scimme.profile;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the SCIM server says about the signed-in user. Values are plain strings exactly as
 * received (only capped in length), so whoever renders them must treat them as text.
 *
 * @param emails primary address first, the others in the server's order
 * @param phoneNumbers primary number first, the others in the server's order
 * @param otherAttributes every other non-empty attribute, in the server's order
 */
public record ScimProfile(
        @Nullable String id,
        @Nullable String userName,
        ScimName name,
        List<ScimEmail> emails,
        List<ScimPhoneNumber> phoneNumbers,
        List<ScimAttribute> otherAttributes) {

    public ScimProfile {
        emails = List.copyOf(emails);
        phoneNumbers = List.copyOf(phoneNumbers);
        otherAttributes = List.copyOf(otherAttributes);
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
