package dev.scimme.localidp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The app's {@code local-idp.*} keys. Bound by {@link LocalIdpEnvironmentPostProcessor} before the
 * app's context exists, so it is never a bean; the annotation documents the prefix.
 *
 * @param enabled start the IdP (only when {@code auth.asgardeo.issuer} is empty as well)
 * @param port the IdP's port; 0 picks a free one
 * @param accessTokenLifetime lifetime of access and ID tokens
 * @param refreshTokenLifetime lifetime of refresh tokens
 * @param users people who can sign in besides {@code demo}/{@code demo}
 * @param scim start values of the SCIM switches
 * @param clientSecret the app client's secret (from the environment only, e.g. {@code LOCAL_IDP_CLIENT_SECRET}); random when absent
 * @param internalLoginOptional grant {@code internal_login} only when the app asks for it, as Asgardeo does
 *     (default); {@code false} puts it into every access token of the app, asked for or not
 */
@ConfigurationProperties("local-idp")
public record LocalIdpProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("9000") int port,
        @DefaultValue("5m") Duration accessTokenLifetime,
        @DefaultValue("8h") Duration refreshTokenLifetime,
        @DefaultValue List<User> users,
        @DefaultValue Scim scim,
        @Nullable String clientSecret,
        @DefaultValue("true") boolean internalLoginOptional) {

    /** {@code local-idp.users[i].*}. */
    public record User(String username, String password, String givenName, String familyName, String email) {

        LocalUser toLocalUser() {
            return new LocalUser(username, password, givenName, familyName, email);
        }

        @Override
        public String toString() {
            return "User[username=" + username + "]";
        }
    }

    /**
     * {@code local-idp.scim.*}.
     *
     * @param emails {@code objects}, {@code strings} or {@code mixed}
     * @param delay wait before each {@code /scim2/Me} answer
     * @param status an HTTP status to answer with instead of the user; 0 for off
     * @param readOnly attribute paths (comma-separated) made {@code readOnly} in {@code /Schemas} and
     *     refused by {@code PATCH}, e.g. {@code name.familyName}
     * @param pendingEmail added e-mail addresses wait for verification, out of the resource
     * @param refuseSchemas {@code /Schemas} answers 403
     * @param patchSupported {@code PATCH /scim2/Me} is offered; {@code false} answers it with 501
     */
    public record Scim(
            @DefaultValue("objects") EmailShape emails,
            @DefaultValue("0s") Duration delay,
            @DefaultValue("0") int status,
            @DefaultValue List<String> readOnly,
            @DefaultValue("false") boolean pendingEmail,
            @DefaultValue("false") boolean refuseSchemas,
            @DefaultValue("true") boolean patchSupported) {

        ScimSettings toSettings() {
            return new ScimSettings(emails, delay, status, readOnly, pendingEmail, refuseSchemas, patchSupported);
        }
    }

    /** The demo user comes first and always exists; the app listens on {@code appPort}. */
    LocalIdpSettings toSettings(int appPort) {
        List<LocalUser> allUsers = new ArrayList<>();
        allUsers.add(LocalUser.demo());
        users.stream().map(User::toLocalUser).forEach(allUsers::add);
        return new LocalIdpSettings(
                port,
                LocalIdpSettings.appBaseUrlsFor(appPort),
                allUsers,
                accessTokenLifetime,
                refreshTokenLifetime,
                scim.toSettings(),
                clientSecret == null || clientSecret.isBlank() ? null : clientSecret,
                internalLoginOptional);
    }

    @Override
    public String toString() {
        // The client secret stays out of logs and error messages.
        return "LocalIdpProperties[port=" + port + ", users=" + users.size() + ", clientSecret="
                + (clientSecret == null ? "random" : "****") + "]";
    }
}
