package dev.scimme.profile;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why the profile could not be loaded. {@link #kind} is what callers branch on (the UI maps it
 * to words); {@link #reason} is a short technical note for logs and tests, never shown to users
 * and free of tokens and profile values.
 *
 * @param httpStatus the final HTTP status, or 0 when no response arrived
 * @param scimDetail the {@code detail} of the server's SCIM error body, verbatim but capped
 * @param missingScopes for {@link Kind#SCOPE_MISSING}: the scopes to ask the IdP for, as the API named
 *     them in its {@code WWW-Authenticate} challenge (only well-formed scope tokens, a few at most), or
 *     {@code internal_login} when it named none; empty for every other kind
 */
public record ProfileFailure(
        Kind kind, int httpStatus, @Nullable String scimDetail, String reason, List<String> missingScopes) {

    public ProfileFailure {
        missingScopes = List.copyOf(missingScopes);
    }

    /** A failure that names no missing scope. */
    public ProfileFailure(Kind kind, int httpStatus, @Nullable String scimDetail, String reason) {
        this(kind, httpStatus, scimDetail, reason, List.of());
    }

    public enum Kind {
        /** There is no signed-in session with usable tokens; only signing in again helps. */
        NOT_SIGNED_IN,
        /** The server rejected the access token (401) even after one refresh. */
        TOKEN_REJECTED,
        /** The server refused the token for this resource (403): the grant lacks the scope, e.g. {@code internal_login}. */
        SCOPE_MISSING,
        /** The server knows no user for this token (404), e.g. the account was deleted. */
        NOT_FOUND,
        /** The server failed (5xx); trying later may help. */
        SERVER_ERROR,
        /** The server did not answer within the response timeout. */
        TIMEOUT,
        /** No HTTP response at all: unknown host, connection refused, reset or closed, connect timeout. */
        UNREACHABLE,
        /** A response arrived but is not a usable SCIM user: not JSON, not an object, empty, or too large. */
        INVALID_RESPONSE,
        /** Any other status (other 4xx, a redirect, a 403 that is not from SCIM); see {@link #httpStatus}. */
        UNEXPECTED_STATUS
    }
}
