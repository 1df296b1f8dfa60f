package dev.scimme.localidp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The IdP's user directory: who can sign in, and the one place that turns a user into OIDC claims,
 * so the ID token and UserInfo never disagree.
 */
final class LocalUsers {

    private final Map<String, LocalUser> byUsername;
    private final Instant created;

    LocalUsers(List<LocalUser> users, Instant created) {
        this.byUsername =
                users.stream().collect(Collectors.toUnmodifiableMap(LocalUser::username, Function.identity()));
        this.created = created;
    }

    Optional<LocalUser> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** When the directory came into being: the SCIM {@code meta.created} of every user. */
    Instant created() {
        return created;
    }

    /** Stable across restarts, so the app sees the same SCIM {@code id} for a user every run. */
    static UUID scimId(LocalUser user) {
        return UUID.nameUUIDFromBytes(("local-idp:user:" + user.username()).getBytes(StandardCharsets.UTF_8));
    }

    /** The standard claims the granted scopes allow (OIDC Core 5.4), without {@code sub}. */
    Map<String, Object> claims(String username, Set<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        find(username).ifPresent(user -> {
            if (scopes.contains(OidcScopes.PROFILE)) {
                claims.put(StandardClaimNames.GIVEN_NAME, user.givenName());
                claims.put(StandardClaimNames.FAMILY_NAME, user.familyName());
                claims.put(StandardClaimNames.NAME, user.formattedName());
                claims.put(StandardClaimNames.PREFERRED_USERNAME, user.username());
            }
            if (scopes.contains(OidcScopes.EMAIL)) {
                claims.put(StandardClaimNames.EMAIL, user.email());
                // Nobody verifies anything here; the app should still see the claim a real IdP sends.
                claims.put(StandardClaimNames.EMAIL_VERIFIED, true);
            }
        });
        return claims;
    }

    OidcUserInfo userInfo(String username, Set<String> scopes) {
        return OidcUserInfo.builder()
                .subject(username)
                .claims(claims -> claims.putAll(claims(username, scopes)))
                .build();
    }

    UserDetailsService userDetailsService(PasswordEncoder passwordEncoder) {
        List<UserDetails> accounts = byUsername.values().stream()
                .<UserDetails>map(user -> User.withUsername(user.username())
                        .password(passwordEncoder.encode(user.password()))
                        .roles("USER")
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(accounts);
    }
}
