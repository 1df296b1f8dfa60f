package dev.scimme.profile;

import org.jspecify.annotations.Nullable;

/** The SCIM {@code name} complex attribute; any part may be absent. */
public record ScimName(
        @Nullable String givenName,
        @Nullable String familyName,
        @Nullable String formatted) {

    /** A user whose resource carries no {@code name} at all. */
    public static final ScimName EMPTY = new ScimName(null, null, null);

    public boolean isEmpty() {
        return givenName == null && familyName == null && formatted == null;
    }
}
