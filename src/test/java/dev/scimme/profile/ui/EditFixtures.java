package dev.scimme.profile.ui;

import dev.scimme.profile.ScimEmail;
import dev.scimme.profile.ScimPhoneNumber;
import dev.scimme.profile.ScimProfile;
import dev.scimme.profile.edit.AttributeDefinition;
import dev.scimme.profile.edit.EditCapabilities;
import dev.scimme.profile.edit.Mutability;
import dev.scimme.profile.edit.ProfileDraft;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Capabilities and drafts for view tests, shaped as the editing service gives them. */
final class EditFixtures {

    static final String DEPARTMENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department";

    private EditFixtures() {}

    /** Given name required, family name and title editable, the user name and department read-only. */
    static EditCapabilities editable() {
        return new EditCapabilities(
                true,
                null,
                true,
                List.of(
                        new AttributeDefinition("userName", "userName", Mutability.IMMUTABLE, true),
                        new AttributeDefinition("name.givenName", "First Name", Mutability.READ_WRITE, true),
                        new AttributeDefinition("name.familyName", "Last Name", Mutability.READ_WRITE, false),
                        new AttributeDefinition("title", "title", Mutability.READ_WRITE, false),
                        new AttributeDefinition(DEPARTMENT, "department", Mutability.READ_ONLY, false)),
                true,
                true);
    }

    static EditCapabilities notEditable(String reason) {
        return new EditCapabilities(false, reason, false, List.of(), false, false);
    }

    /** What the real service's {@code draftOf} gives for the attributes of {@link #editable()}. */
    static ProfileDraft draftOf(ScimProfile profile) {
        Map<String, String> attributes = new HashMap<>();
        if (profile.userName() != null) {
            attributes.put("userName", profile.userName());
        }
        profile.givenName().ifPresent(given -> attributes.put("name.givenName", given));
        profile.familyName().ifPresent(family -> attributes.put("name.familyName", family));
        profile.otherAttributes().stream()
                .filter(attribute -> attribute.label().equals("department"))
                .forEach(attribute -> attributes.put(DEPARTMENT, attribute.value()));
        return new ProfileDraft(
                attributes,
                profile.emails().stream()
                        .map(email -> new ProfileDraft.EmailEntry(email.value(), email.type(), email.primary()))
                        .toList(),
                profile.phoneNumbers().stream()
                        .map(phone -> new ProfileDraft.PhoneEntry(phone.value(), phone.type()))
                        .toList());
    }

    static ScimProfile withNames(ScimProfile profile, String given, String family) {
        return new ScimProfile(
                profile.id(),
                profile.userName(),
                new dev.scimme.profile.ScimName(given, family, given + " " + family),
                profile.emails(),
                profile.phoneNumbers(),
                profile.otherAttributes());
    }

    static ScimProfile withPhone(ScimProfile profile, String phone) {
        return new ScimProfile(
                profile.id(),
                profile.userName(),
                profile.name(),
                profile.emails(),
                List.of(new ScimPhoneNumber(phone, "mobile", true)),
                profile.otherAttributes());
    }

    static ScimProfile withEmails(ScimProfile profile, ScimEmail... emails) {
        return new ScimProfile(
                profile.id(),
                profile.userName(),
                profile.name(),
                List.of(emails),
                profile.phoneNumbers(),
                profile.otherAttributes());
    }
}
