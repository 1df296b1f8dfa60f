package dev.scimme.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, as the views need it: names from the ID token, and sign-out. Views never see
 * tokens, only this. The ID token keeps the names the user had when signing in; after the user saves
 * new ones, {@link #useSavedNames} makes them the names of this session, kept in the HTTP session (so
 * every tab of the session, and no other session, shows them) and tied to the user who saved them.
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    static final String SAVED_NAMES = CurrentUser.class.getName() + ".savedNames";

    public Optional<SignedInUser> get() {
        return authenticationContext
                .getAuthenticatedUser(OidcUser.class)
                .map(user -> savedNames(user)
                        .map(saved -> toSignedInUser(user, saved))
                        .orElseGet(() -> toSignedInUser(user)));
    }

    /**
     * From now on in this session, the signed-in user's names are these (as the profile API returned
     * them after a save), not the ID token's, which still holds those of the sign-in.
     */
    public void useSavedNames(@Nullable String givenName, @Nullable String familyName) {
        Optional<SessionAttributes> session = SessionAttributes.current();
        authenticationContext
                .getAuthenticatedUser(OidcUser.class)
                .ifPresent(user -> session.ifPresent(
                        s -> s.set(SAVED_NAMES, new SavedNames(user.getSubject(), givenName, familyName))));
    }

    private static Optional<SavedNames> savedNames(OidcUser user) {
        return SessionAttributes.current()
                .map(session -> session.get(SAVED_NAMES))
                .filter(SavedNames.class::isInstance)
                .map(SavedNames.class::cast)
                // Names saved by someone else (a session reused after a change of user) are not this user's.
                .filter(saved -> saved.subject().equals(user.getSubject()));
    }

    public boolean isSignedIn() {
        return authenticationContext.isAuthenticated();
    }

    /** Ends the app session, then the IdP session (RP-initiated logout), and comes back to {@code /}. */
    public void signOut() {
        authenticationContext.logout();
    }

    private static SignedInUser toSignedInUser(OidcUser user) {
        String given = firstNonBlank(user.getGivenName(), user.getPreferredUsername(), user.getName());
        String display = firstNonBlank(
                user.getFullName(),
                join(user.getGivenName(), user.getFamilyName()),
                user.getPreferredUsername(),
                user.getEmail(),
                user.getName());
        return new SignedInUser(given, display, user.getEmail());
    }

    private static SignedInUser toSignedInUser(OidcUser user, SavedNames saved) {
        String given = firstNonBlank(saved.givenName(), user.getPreferredUsername(), user.getName());
        // Not the token's full name: it is the old name.
        String display = firstNonBlank(
                join(saved.givenName(), saved.familyName()),
                user.getPreferredUsername(),
                user.getEmail(),
                user.getName());
        return new SignedInUser(given, display, user.getEmail());
    }

    private static @Nullable String join(@Nullable String first, @Nullable String last) {
        String joined = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String firstNonBlank(@Nullable String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    /** Names saved in this session by the user with this subject; serialisable, as session attributes may be. */
    record SavedNames(
            String subject,
            @Nullable String givenName,
            @Nullable String familyName) implements Serializable {}

    /** The signed-in user's names as the ID token gives them, or as the user saved them in this session. */
    public record SignedInUser(
            String givenName, String displayName, @Nullable String email) {}
}
