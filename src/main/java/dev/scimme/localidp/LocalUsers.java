package dev.scimme.localidp;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import tools.jackson.databind.JsonNode;

/**
 * The IdP's user directory: who can sign in, and the one place that turns a user into OIDC claims,
 * so the ID token and UserInfo never disagree. The claims come from the user's SCIM attributes as
 * they are now, so a profile changed through {@code PATCH /scim2/Me} shows in the next tokens.
 */
final class LocalUsers {

    private final Map<String, LocalUser> byUsername;
    private final Instant created;
    private final UserProfiles profiles;

    LocalUsers(List<LocalUser> users, Instant created) {
        this.byUsername =
                users.stream().collect(Collectors.toUnmodifiableMap(LocalUser::username, Function.identity()));
        this.created = created;
        this.profiles = new UserProfiles(
                users,
                users.stream().collect(Collectors.toMap(LocalUser::username, LocalUsers::scimId)),
                Clock.systemUTC());
    }

    Optional<LocalUser> find(String username) {
        return Optional.ofNullable(byUsername.get(username));
    }

    /** The users' SCIM attributes, as they are now. */
    UserProfiles profiles() {
        return profiles;
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
        profiles.find(username).map(UserProfiles.UserProfile::attributes).ifPresent(user -> {
            if (scopes.contains(OidcScopes.PROFILE)) {
                String givenName = user.path("name").path("givenName").asString("");
                String familyName = user.path("name").path("familyName").asString("");
                putIfPresent(claims, StandardClaimNames.GIVEN_NAME, givenName);
                putIfPresent(claims, StandardClaimNames.FAMILY_NAME, familyName);
                putIfPresent(
                        claims,
                        StandardClaimNames.NAME,
                        user.path("name").path("formatted").asString((givenName + " " + familyName).trim()));
                claims.put(StandardClaimNames.PREFERRED_USERNAME, username);
            }
            if (scopes.contains(OidcScopes.EMAIL)) {
                primaryEmail(user).ifPresent(email -> {
                    claims.put(StandardClaimNames.EMAIL, email);
                    // Nobody verifies anything here; the app should still see the claim a real IdP sends.
                    claims.put(StandardClaimNames.EMAIL_VERIFIED, true);
                });
            }
        });
        return claims;
    }

    /** The primary address, or the first one when none is marked primary. */
    private static Optional<String> primaryEmail(JsonNode user) {
        String first = null;
        for (JsonNode email : user.path("emails").values()) {
            String value = email.path("value").asString("");
            if (email.path("primary").asBoolean(false) && !value.isBlank()) {
                return Optional.of(value);
            }
            if (first == null && !value.isBlank()) {
                first = value;
            }
        }
        return Optional.ofNullable(first);
    }

    private static void putIfPresent(Map<String, Object> claims, String name, String value) {
        if (!value.isBlank()) {
            claims.put(name, value);
        }
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
