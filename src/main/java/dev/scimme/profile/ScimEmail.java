package dev.scimme.profile;

import org.jspecify.annotations.Nullable;

/** One entry of the SCIM {@code emails} attribute; {@code type} is e.g. "work" or "home" when the server says. */
public record ScimEmail(String value, @Nullable String type, boolean primary) {}
