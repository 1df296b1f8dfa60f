package dev.scimme.profile.edit;

import dev.scimme.profile.ScimProfile;
import org.springframework.stereotype.Service;

/**
 * Editing one's own profile through SCIM: what may be changed ({@code /ServiceProviderConfig},
 * {@code /Schemas}, read once per session), the draft a form starts from, and one {@code PATCH /Me}
 * per save carrying only what changed. Call on a request or UI thread: the session is found there.
 */
@Service
public class ProfileEditingService {

    /** What the signed-in user may change. */
    public EditCapabilities capabilities() {
        throw new UnsupportedOperationException("contract only: implemented on branch edit-client");
    }

    /** The values a form starts from: the profile's, for every attribute {@link #capabilities()} lists. */
    public ProfileDraft draftOf(ScimProfile profile) {
        throw new UnsupportedOperationException("contract only: implemented on branch edit-client");
    }

    /** Saves what differs between {@code original} and {@code edited}: at most one {@code PATCH /Me}. */
    public SaveResult save(ScimProfile original, ProfileDraft edited) {
        throw new UnsupportedOperationException("contract only: implemented on branch edit-client");
    }
}
