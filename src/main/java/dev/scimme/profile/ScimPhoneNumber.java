package dev.scimme.profile;

import org.jspecify.annotations.Nullable;

/** One entry of the SCIM {@code phoneNumbers} attribute; {@code type} is e.g. "mobile" or "work" when the server says. */
public record ScimPhoneNumber(String value, @Nullable String type, boolean primary) {}
