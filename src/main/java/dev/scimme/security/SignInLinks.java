package dev.scimme.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Links that start sign-in and come back to a route of this app afterwards — never anywhere
 * else: the target must be a plain path of this app (no scheme, no host, no {@code //}).
 */
public final class SignInLinks {

    static final String RETURN_PARAMETER = "return";
    static final String CONSENT_PARAMETER = "consent";

    private static final Pattern SAFE_PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~\\-/]{0,200}");

    private SignInLinks() {}

    /** Signs in, then shows the start page, or the protected route the user was sent here from. */
    public static String signIn() {
        return SecurityConfiguration.LOGIN_PATH;
    }

    /** Signs in again, then shows {@code route} (e.g. {@code "client-profile"}). */
    public static String signInAgain(String route) {
        return SecurityConfiguration.LOGIN_PATH + "?" + RETURN_PARAMETER + "=" + encode(route);
    }

    /** Asks the user at the IdP to grant the scopes the app requests (incremental consent), then shows {@code route}. */
    public static String grantAccess(String route) {
        return signInAgain(route) + "&" + CONSENT_PARAMETER;
    }

    /** The return path in a sign-in request, if it is one this app may send a user to. */
    static Optional<String> returnPath(@Nullable String requested) {
        return requested != null && SAFE_PATH.matcher(requested).matches() && !requested.contains("/../")
                ? Optional.of(requested)
                : Optional.empty();
    }

    private static String encode(String route) {
        return URLEncoder.encode("/" + route, StandardCharsets.UTF_8);
    }
}
