package dev.scimme.profile;

import org.jspecify.annotations.Nullable;

/** What the SCIM server answered to one {@code PATCH /Me}, after at most one refresh and retry. */
public sealed interface PatchOutcome {

    /** 200 with the resource as it is now. */
    record Applied(ScimProfile profile) implements PatchOutcome {}

    /** 204, or 2xx without a usable user in the body: applied, but the resource must be read again to be seen. */
    record AppliedWithoutBody() implements PatchOutcome {}

    /** 412: the {@code If-Match} version is no longer current; nothing was changed. */
    record VersionConflict() implements PatchOutcome {}

    /**
     * 400 or 409 with a SCIM error body: the server refused a value or an operation.
     *
     * @param scimType e.g. {@code mutability}, {@code invalidValue}, {@code uniqueness}; null when absent
     * @param detail the server's words, capped; null when absent
     */
    record Refused(
            int status, @Nullable String scimType, @Nullable String detail) implements PatchOutcome {}

    /** Anything else: the same failures as reading {@code /Me}. */
    record Failed(ProfileFailure failure) implements PatchOutcome {}
}
