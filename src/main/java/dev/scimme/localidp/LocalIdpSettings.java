package dev.scimme.localidp;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the local identity provider needs to start.
 *
 * @param port the IdP's HTTP port; 0 picks a free one
 * @param appBaseUrls base URLs of the app (scheme, host, port, no trailing slash) allowed as targets of
 *        the sign-in callback ({@code {base}/login/oauth2/code/asgardeo}) and of the post-logout redirect
 *        ({@code {base}/}); the callback on {@code http://127.0.0.1} is always allowed, on any port
 * @param users who can sign in
 * @param accessTokenLifetime how long access tokens (and ID tokens) are valid
 * @param refreshTokenLifetime how long refresh tokens are valid
 * @param scim the start values of the SCIM switches
 * @param clientSecret the app client's secret; random when null (set it only to let a second app process use this IdP)
 * @param internalLoginOptional {@code internal_login} is granted only when the app asks for it, as Asgardeo
 *        does (the start value of {@link AccessControls#internalLoginOptional(boolean)}); when false, the
 *        IdP puts it into every access token of the app, asked for or not
 */
public record LocalIdpSettings(
        int port,
        List<String> appBaseUrls,
        List<LocalUser> users,
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        ScimSettings scim,
        @Nullable String clientSecret,
        boolean internalLoginOptional) {

    public static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);
    public static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofHours(8);

    public LocalIdpSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("local-idp.port must be between 0 and 65535, was " + port);
        }
        appBaseUrls = List.copyOf(appBaseUrls).stream()
                .map(LocalIdpSettings::withoutTrailingSlash)
                .toList();
        users = List.copyOf(users);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("the local identity provider needs at least one user");
        }
        Set<String> usernames = new HashSet<>();
        for (LocalUser user : users) {
            if (!usernames.add(user.username())) {
                throw new IllegalArgumentException("local identity provider user '" + user.username()
                        + "' is defined twice (the demo user always exists)");
            }
        }
        requirePositive(accessTokenLifetime, "local-idp.access-token-lifetime");
        requirePositive(refreshTokenLifetime, "local-idp.refresh-token-lifetime");
        Objects.requireNonNull(scim, "scim");
    }

    /**
     * The demo user only, default lifetimes and standard SCIM answers, for an app listening on
     * {@code appPort} of {@code localhost} or {@code 127.0.0.1}.
     */
    public static LocalIdpSettings defaults(int port, int appPort) {
        return new LocalIdpSettings(
                port,
                appBaseUrlsFor(appPort),
                List.of(LocalUser.demo()),
                DEFAULT_ACCESS_TOKEN_LIFETIME,
                DEFAULT_REFRESH_TOKEN_LIFETIME,
                ScimSettings.defaults(),
                null,
                true);
    }

    /** The two names a browser may use for an app on this machine. */
    public static List<String> appBaseUrlsFor(int appPort) {
        return List.of("http://localhost:" + appPort, "http://127.0.0.1:" + appPort);
    }

    public LocalIdpSettings withPort(int newPort) {
        return new LocalIdpSettings(
                newPort,
                appBaseUrls,
                users,
                accessTokenLifetime,
                refreshTokenLifetime,
                scim,
                clientSecret,
                internalLoginOptional);
    }

    public LocalIdpSettings withUsers(List<LocalUser> newUsers) {
        return new LocalIdpSettings(
                port,
                appBaseUrls,
                newUsers,
                accessTokenLifetime,
                refreshTokenLifetime,
                scim,
                clientSecret,
                internalLoginOptional);
    }

    public LocalIdpSettings withScim(ScimSettings newScim) {
        return new LocalIdpSettings(
                port,
                appBaseUrls,
                users,
                accessTokenLifetime,
                refreshTokenLifetime,
                newScim,
                clientSecret,
                internalLoginOptional);
    }

    public LocalIdpSettings withAccessTokenLifetime(Duration lifetime) {
        return new LocalIdpSettings(
                port, appBaseUrls, users, lifetime, refreshTokenLifetime, scim, clientSecret, internalLoginOptional);
    }

    public LocalIdpSettings withInternalLoginOptional(boolean optional) {
        return new LocalIdpSettings(
                port, appBaseUrls, users, accessTokenLifetime, refreshTokenLifetime, scim, clientSecret, optional);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        // The client secret stays out of logs and error messages.
        return "LocalIdpSettings[port=" + port + ", users=" + users.size() + ", clientSecret="
                + (clientSecret == null ? "random" : "****") + "]";
    }
}
