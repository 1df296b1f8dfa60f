package dev.scimme.profile.ui;

import dev.scimme.profile.ProfileFailure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a failed profile load becomes words for the user: what happened, what they
 * can do, and whether signing in again is the remedy.
 */
record ProfileFailureMessage(String reason, @Nullable String apiDetail, boolean signInAgain) {

    static ProfileFailureMessage of(ProfileFailure failure) {
        int status = failure.httpStatus();
        String reason = switch (failure.kind()) {
            case NOT_SIGNED_IN -> "Your session has ended. Taking you to sign in again…";
            case TOKEN_REJECTED ->
                "The profile API did not accept your sign-in, even after it was renewed. Sign in again.";
            case SCOPE_MISSING ->
                "Your sign-in does not allow reading your profile: the grant lacks the " + missingScopes(failure)
                        + ". Choose \"Grant access\" to allow it.";
            case NOT_FOUND ->
                "The profile API found no user at the configured /Me address (HTTP 404). "
                        + "Check AUTH_ASGARDEO_ME_ENDPOINT.";
            case SERVER_ERROR -> "The profile API failed on its side (HTTP " + status + "). Try again in a moment.";
            case TIMEOUT -> "The profile API did not answer in time. Try again in a moment.";
            case UNREACHABLE -> "The profile API cannot be reached. Try again in a moment.";
            case INVALID_RESPONSE ->
                "The profile API sent an answer that is not a SCIM user (" + failure.reason() + ").";
            case UNEXPECTED_STATUS -> "The profile API answered with an unexpected status (HTTP " + status + ").";
        };
        boolean signInAgain = switch (failure.kind()) {
            case NOT_SIGNED_IN, TOKEN_REJECTED, SCOPE_MISSING -> true;
            default -> false;
        };
        String detail = failure.scimDetail() == null || failure.scimDetail().isBlank() ? null : failure.scimDetail();
        return new ProfileFailureMessage(reason, detail, signInAgain);
    }

    private static String missingScopes(ProfileFailure failure) {
        List<String> scopes = failure.missingScopes().isEmpty() ? List.of("internal_login") : failure.missingScopes();
        return String.join(" and ", scopes) + (scopes.size() == 1 ? " scope" : " scopes");
    }
}
