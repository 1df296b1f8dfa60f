package dev.scimme.profile.edit;

import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ScimProfile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one save ({@code PATCH /Me}) came to. In every case but {@link Saved} the user's input is kept. */
public sealed interface SaveResult {

    /**
     * The server took the change.
     *
     * @param profile the profile the server returned (or read again), as it is now
     * @param pendingConfirmation e-mail addresses and phone numbers the user added that the returned
     *     profile does not show yet: the server waits for the user to confirm them (Asgardeo's
     *     verification on update)
     */
    record Saved(ScimProfile profile, List<String> pendingConfirmation) implements SaveResult {}

    /** Nothing differed from the profile the draft was made from: no request was sent. */
    record Unchanged() implements SaveResult {}

    /** {@code 412}: the profile changed elsewhere since it was read; {@code current} is what it is now. */
    record Conflict(ScimProfile current) implements SaveResult {}

    /**
     * {@code 400} (or {@code 409} {@code uniqueness}): the server refused a value.
     *
     * @param scimType SCIM's {@code scimType} ({@code mutability}, {@code invalidValue},
     *     {@code uniqueness}, {@code invalidSyntax}, …), null when the server gave none
     * @param detail the server's own {@code detail}, capped, as text
     * @param attributePath the {@link AttributeDefinition#path()} (or {@code emails},
     *     {@code phoneNumbers}) the detail names, when it names one
     */
    record Rejected(
            @Nullable String scimType,
            @Nullable String detail,
            @Nullable String attributePath) implements SaveResult {}

    /** Anything else: the session, the scope, the server or the network (the same kinds as reading). */
    record Failed(ProfileFailure failure) implements SaveResult {}
}
