package dev.scimme.profile.edit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The profile as the user edits it: typed values the form binds to. A save sends only what differs
 * from the profile it was made from.
 *
 * @param attributes simple attributes by {@link AttributeDefinition#path()} (given and family name
 *     included, as {@code name.givenName} and {@code name.familyName})
 */
public record ProfileDraft(Map<String, String> attributes, List<EmailEntry> emails, List<PhoneEntry> phoneNumbers) {

    public ProfileDraft {
        attributes = Map.copyOf(attributes);
        emails = List.copyOf(emails);
        phoneNumbers = List.copyOf(phoneNumbers);
    }

    /** One e-mail address; at most one of a draft's is primary. */
    public record EmailEntry(String value, @Nullable String type, boolean primary) {}

    /** One phone number. */
    public record PhoneEntry(String value, @Nullable String type) {}
}
