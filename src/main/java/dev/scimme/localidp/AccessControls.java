package dev.scimme.localidp;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Live switches for trying the app's session handling against this IdP: revoke everything a user
 * was issued (as an administrator would at a real IdP), and require the consent screen, where a
 * user may leave scopes out of a grant. Thread-safe; changes apply to the next request.
 */
public final class AccessControls {

    private final Map<String, Instant> revokedBefore = new ConcurrentHashMap<>();
    private final AtomicBoolean consentRequired = new AtomicBoolean();

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

    /** Forgets revocations and turns consent off. */
    public void reset() {
        revokedBefore.clear();
        consentRequired.set(false);
    }

    boolean isRevoked(String username, @Nullable Instant issuedAt) {
        Instant boundary = revokedBefore.get(username);
        return boundary != null && (issuedAt == null || issuedAt.isBefore(boundary));
    }
}
