package dev.scimme.profile;

/**
 * Decides what the answer to {@code PATCH /Me} means. Success, 412 and a 400 or 409 carrying a SCIM
 * error body get meanings of their own; every other status means what it means for reading
 * ({@link MeResponseTranslator}), so a save fails in the same words a load does.
 */
final class PatchResponseTranslator {

    private final MeResponseTranslator responses;

    PatchResponseTranslator(MeResponseTranslator responses) {
        this.responses = responses;
    }

    PatchOutcome translate(MeResponse response) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            // The server said it applied the change; a body we cannot use does not undo that, so read again.
            return responses.translate(response) instanceof ProfileResult.Loaded loaded
                    ? new PatchOutcome.Applied(loaded.profile())
                    : new PatchOutcome.AppliedWithoutBody();
        }
        if (status == 412) {
            return new PatchOutcome.VersionConflict();
        }
        if (status == 400 || status == 409) {
            var error = responses.scimError(response);
            if (error.isPresent()) {
                return new PatchOutcome.Refused(
                        status, error.get().scimType(), error.get().detail());
            }
        }
        return new PatchOutcome.Failed(responses.failure(response));
    }
}
