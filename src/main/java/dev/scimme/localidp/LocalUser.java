package dev.scimme.localidp;

import java.util.Objects;

/**
 * A person who can sign in at the local identity provider, with the profile the ID token, UserInfo
 * and {@code /scim2/Me} report. The password is kept in clear text only until the user store encodes it.
 */
public record LocalUser(String username, String password, String givenName, String familyName, String email) {

    public LocalUser {
        requireText(username, "username");
        requireText(password, "password");
        requireText(givenName, "givenName");
        requireText(familyName, "familyName");
        requireText(email, "email");
    }

    /** The user every local run has, so a newcomer can sign in without configuring anything. */
    public static LocalUser demo() {
        return new LocalUser("demo", "demo", "Demo", "User", "demo@example.com");
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
