package dev.scimme.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who is signed in, as the views need it: names from the ID token, and sign-out. Views never see
 * tokens, only this.
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<SignedInUser> get() {
        return authenticationContext.getAuthenticatedUser(OidcUser.class).map(CurrentUser::toSignedInUser);
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

    /** The signed-in user's names as the ID token gives them. */
    public record SignedInUser(
            String givenName, String displayName, @Nullable String email) {}
}
