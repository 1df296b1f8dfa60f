package dev.scimme.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Puts an OIDC-signed-in user into the security context, as Spring's sign-in would. */
public final class SignedInAs {

    private SignedInAs() {}

    public static OidcUser demoUser() {
        return user("demo", "Demo", "User", "demo@example.com");
    }

    public static OidcUser user(String subject, String givenName, String familyName, String email) {
        OidcIdToken idToken = OidcIdToken.withTokenValue("id-token-for-tests")
                .subject(subject)
                .issuer("http://127.0.0.1:1")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claims(claims -> claims.putAll(Map.of(
                        "given_name",
                        givenName,
                        "family_name",
                        familyName,
                        "email",
                        email,
                        "name",
                        givenName + " " + familyName)))
                .build();
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken);
    }

    public static void signIn(OidcUser user) {
        var authentication = new OAuth2AuthenticationToken(user, user.getAuthorities(), "asgardeo");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
