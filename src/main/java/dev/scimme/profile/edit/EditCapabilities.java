package dev.scimme.profile.edit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What this user may change, read once per session from the server's {@code /ServiceProviderConfig}
 * and {@code /Schemas}.
 *
 * @param patchSupported whether the server accepts {@code PATCH}; when false nothing can be edited
 * @param notEditableReason why editing is not offered, in words for the user; null when it is
 * @param schemasRead whether {@code /Schemas} could be read; when false, {@link #attributes} is the
 *     fallback (names, e-mails, phone numbers) and every other attribute is left out
 * @param attributes the simple attributes to show in the form, editable or read-only, in the
 *     server's order; e-mails and phone numbers are not among them (they have their own fields)
 * @param emailsEditable whether {@code emails} may be changed
 * @param phoneNumbersEditable whether {@code phoneNumbers} may be changed
 */
public record EditCapabilities(
        boolean patchSupported,
        @Nullable String notEditableReason,
        boolean schemasRead,
        List<AttributeDefinition> attributes,
        boolean emailsEditable,
        boolean phoneNumbersEditable) {

    public EditCapabilities {
        attributes = List.copyOf(attributes);
    }
}
