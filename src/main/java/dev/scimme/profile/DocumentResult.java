package dev.scimme.profile;

import tools.jackson.databind.JsonNode;

/** A resource of the SCIM API read as JSON ({@code /ServiceProviderConfig}, {@code /Schemas}), or why it could not be. */
public sealed interface DocumentResult {

    /** @param json the body as the server sent it (object or array); the reader must still check its shape */
    record Read(JsonNode json) implements DocumentResult {}

    record Failed(ProfileFailure failure) implements DocumentResult {}
}
