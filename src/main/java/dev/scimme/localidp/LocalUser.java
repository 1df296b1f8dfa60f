package dev.scimme.localidp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A person who can sign in at the local identity provider, with the profile the ID token, UserInfo
 * and {@code /scim2/Me} report at start (SCIM {@code PATCH} changes it later). The password is kept in
 * clear text only until the user store encodes it.
 *
 * @param attributes further SCIM string attributes by path: {@code title}, or an extension's
 *     {@code urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department}
 */
public record LocalUser(
        String username,
        String password,
        String givenName,
        String familyName,
        String email,
        Map<String, String> attributes) {

    public LocalUser {
        requireText(username, "username");
        requireText(password, "password");
        requireText(givenName, "givenName");
        requireText(familyName, "familyName");
        requireText(email, "email");
        // Ordered, so the resource lists them as given.
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public LocalUser(String username, String password, String givenName, String familyName, String email) {
        this(username, password, givenName, familyName, email, Map.of());
    }

    /**
     * The user every local run has, so a newcomer can sign in without configuring anything; with a
     * title, a department and a country, so the profile has extension attributes to show and edit.
     */
    public static LocalUser demo() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("title", "Developer");
        attributes.put(UserSchemas.ENTERPRISE + ":department", "Engineering");
        attributes.put(UserSchemas.ENTERPRISE + ":organization", "SCIM Me");
        attributes.put(UserSchemas.WSO2 + ":country", "Sri Lanka");
        return new LocalUser("demo", "demo", "Demo", "User", "demo@example.com", attributes);
    }

    public String formattedName() {
        return givenName + " " + familyName;
    }

    /** Never shows the password: settings and users end up in logs and test failure messages. */
    @Override
    public String toString() {
        return "LocalUser[username=" + username + ", givenName=" + givenName + ", familyName=" + familyName + ", email="
                + email + "]";
    }

    private static void requireText(String value, String name) {
        if (Objects.requireNonNull(value, name).isBlank()) {
            throw new IllegalArgumentException("local identity provider user: " + name + " must not be blank");
        }
    }
}
