package dev.scimme.profile;

/**
 * Any other attribute of the user, flattened for display: {@code label} is the attribute's
 * name, with dots for nested attributes ({@code manager.displayName}) and without the schema
 * URN of an extension; {@code value} is plain text, never markup.
 */
public record ScimAttribute(String label, String value) {}
