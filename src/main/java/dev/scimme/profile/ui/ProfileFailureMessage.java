package dev.scimme.profile.ui;

import dev.scimme.profile.ProfileFailure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one place where a failed profile load becomes words for the user: what happened, what the
 * API said, and what they can do about it ({@link Remedy}, with the words of its button).
 *
 * @param missingScopes what "Grant access" asks for beyond the configured scopes; empty unless the
 *     remedy is {@link Remedy#GRANT_ACCESS}
 */
record ProfileFailureMessage(String reason, @Nullable String apiDetail, Remedy remedy, List<String> missingScopes) {

    static final String TITLE = "Failed to fetch user details";
    static final String TRY_AGAIN = "Try again";

    /** What a failure leads to, besides "Try again", which is always offered. */
    enum Remedy {
        /** Trying again later is all the user can do. */
        TRY_AGAIN_LATER(null),
        /** The sign-in no longer works for the API: offer to sign in again. */
        SIGN_IN_AGAIN("Sign in again"),
        /** The session cannot be renewed: go through sign-in at once and come back. */
        SIGN_IN_NOW("Sign in again"),
        /** The grant lacks a scope the API needs: ask the IdP for it, with consent. */
        GRANT_ACCESS("Grant access");

        private final @Nullable String action;

        Remedy(@Nullable String action) {
            this.action = action;
        }

        /** The words of the button that applies this remedy; null when there is no such button. */
        @Nullable String action() {
            return action;
        }
    }

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
        Remedy remedy = switch (failure.kind()) {
            case NOT_SIGNED_IN -> Remedy.SIGN_IN_NOW;
            case TOKEN_REJECTED -> Remedy.SIGN_IN_AGAIN;
            case SCOPE_MISSING -> Remedy.GRANT_ACCESS;
            default -> Remedy.TRY_AGAIN_LATER;
        };
        String detail = failure.scimDetail() == null || failure.scimDetail().isBlank() ? null : failure.scimDetail();
        List<String> missingScopes = remedy == Remedy.GRANT_ACCESS ? failure.missingScopes() : List.of();
        return new ProfileFailureMessage(reason, detail, remedy, missingScopes);
    }

    private static String missingScopes(ProfileFailure failure) {
        List<String> scopes = failure.missingScopes().isEmpty() ? List.of("internal_login") : failure.missingScopes();
        return String.join(" and ", scopes) + (scopes.size() == 1 ? " scope" : " scopes");
    }
}
