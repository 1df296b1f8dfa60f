package dev.scimme.profile;

/** The outcome of asking the SCIM server for the signed-in user: a profile, or a failure with a meaning. */
public sealed interface ProfileResult {

    record Loaded(ScimProfile profile) implements ProfileResult {}

    record Failed(ProfileFailure failure) implements ProfileResult {}
}
