package dev.scimme.profile.edit;

/**
 * One simple (string) attribute of the user as the server's {@code /Schemas} declares it.
 *
 * @param path where the attribute lives in the resource: {@code title}, {@code name.givenName}, or
 *     with an extension's schema URN, {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}
 * @param label what a person reads next to the field (the attribute's name, without the URN)
 * @param required whether the server requires a value
 */
public record AttributeDefinition(String path, String label, Mutability mutability, boolean required) {}
