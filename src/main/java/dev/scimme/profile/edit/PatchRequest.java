package dev.scimme.profile.edit;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One {@code PATCH /Me} to send, and what it changes.
 *
 * @param body the SCIM PatchOp message
 * @param changedPaths the simple attributes' paths it changes, then {@code emails} and {@code phoneNumbers}
 *     when it changes those
 * @param addedEmails the e-mail addresses it adds
 * @param addedPhoneNumbers the phone numbers it adds
 */
record PatchRequest(
        ObjectNode body, List<String> changedPaths, List<String> addedEmails, List<String> addedPhoneNumbers) {

    PatchRequest {
        changedPaths = List.copyOf(changedPaths);
        addedEmails = List.copyOf(addedEmails);
        addedPhoneNumbers = List.copyOf(addedPhoneNumbers);
    }
}
