package dev.scimme.localidp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Live switches for trying the app's session handling against this IdP: revoke everything a user
 * was issued (as an administrator would at a real IdP), require the consent screen, where a
 * user may leave scopes out of a grant, and make {@code internal_login} optional (granted only when
 * asked for) or not. Thread-safe; changes apply to the next request.
 */
public final class AccessControls {

    private final Map<String, Instant> revokedBefore = new ConcurrentHashMap<>();
    private final AtomicBoolean consentRequired = new AtomicBoolean();
    private final boolean internalLoginOptionalAtStart;
    private final AtomicBoolean internalLoginOptional;

    /** @param internalLoginOptional the start value of {@link #internalLoginOptional(boolean)} */
    AccessControls(boolean internalLoginOptional) {
        this.internalLoginOptionalAtStart = internalLoginOptional;
        this.internalLoginOptional = new AtomicBoolean(internalLoginOptional);
    }

    /**
     * Revokes every access and refresh token issued to {@code username} so far: the SCIM API and
     * UserInfo answer 401 to them, and refreshing them fails with {@code invalid_grant}. The user's
     * sign-in session at the IdP stays. Returns once later tokens can be told apart from earlier
     * ones (token times have one-second resolution, so this may wait up to a second).
     */
    public void revokeTokensOf(String username) {
        Instant boundary = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        revokedBefore.put(username, boundary);
        long wait = boundary.toEpochMilli() - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Shows the consent screen for the app's scopes (off by default). */
    public void requireConsent(boolean required) {
        consentRequired.set(required);
    }

    public boolean consentRequired() {
        return consentRequired.get();
    }

    /**
     * {@code true}: {@code internal_login} is granted only when the app asks for it, as Asgardeo
     * does, so an app that leaves it out of its scopes gets a 403 from {@code /scim2/Me}. {@code false}:
     * every access token issued to the app carries it, asked for or not (a scope the user left out on
     * the consent screen stays out). Applies to tokens issued from then on.
     */
    public void internalLoginOptional(boolean optional) {
        internalLoginOptional.set(optional);
    }

    public boolean internalLoginOptional() {
        return internalLoginOptional.get();
    }

    /** Forgets revocations, turns consent off and {@code internal_login} back to its start setting. */
    public void reset() {
        revokedBefore.clear();
        consentRequired.set(false);
        internalLoginOptional.set(internalLoginOptionalAtStart);
    }

    boolean isRevoked(String username, @Nullable Instant issuedAt) {
        Instant boundary = revokedBefore.get(username);
        return boundary != null && (issuedAt == null || issuedAt.isBefore(boundary));
    }
}
