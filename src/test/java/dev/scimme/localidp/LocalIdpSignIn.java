package dev.scimme.localidp;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a user in at a running local IdP the way a browser and the app would, at HTTP level:
 * authorization request with PKCE (S256), the sign-in form with its CSRF token and the IdP's session
 * cookie, the redirect carrying the code, and the token request with HTTP Basic client authentication.
 * For tests that need real tokens without a browser.
 */
public final class LocalIdpSignIn {

    /** A callback on the loopback IP: the IdP accepts it on any port. */
    public static final String LOOPBACK_CALLBACK = "http://127.0.0.1:1/login/oauth2/code/asgardeo";

    public static final String ALL_SCOPES = "openid profile email internal_login";

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** The tokens of a successful sign-in; {@code idToken} is null when {@code openid} was not requested. */
    public record Tokens(
            String accessToken,
            @Nullable String refreshToken,
            @Nullable String idToken,
            String scope) {}

    /** A browser of its own: keeps the IdP session cookie across calls, for sign-in then logout. */
    public LocalIdpSignIn() {}

    /** Signs in with a fresh cookie jar, like a new browser. */
    public static Tokens signIn(RunningLocalIdp idp, String user, String password, String scopes, String redirectUri) {
        return new LocalIdpSignIn().signInAs(idp, user, password, scopes, redirectUri);
    }

    /** Signs {@code demo}/{@code demo} in with every scope the app asks for. */
    public static Tokens signInDemo(RunningLocalIdp idp) {
        return signIn(idp, "demo", "demo", ALL_SCOPES, LOOPBACK_CALLBACK);
    }

    /** Trades a refresh token for new tokens. */
    public static Tokens refresh(RunningLocalIdp idp, String refreshToken) {
        return new LocalIdpSignIn()
                .tokenRequest(idp, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** The claims of a JWT, unverified: for assertions about what the IdP put in. */
    public static Map<String, Object> claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JSON.readValue(Base64.getUrlDecoder().decode(payload), new TypeReference<Map<String, Object>>() {});
    }

    /**
     * Signs in with this instance's cookie jar, which then holds the IdP session.
     *
     * @throws IllegalStateException when the IdP rejects the credentials or the redirect URI
     */
    public Tokens signInAs(RunningLocalIdp idp, String user, String password, String scopes, String redirectUri) {
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        String authorize = idp.issuer() + "/oauth2/authorize?"
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        idp.clientId(),
                        "scope",
                        scopes,
                        "redirect_uri",
                        redirectUri,
                        "state",
                        state,
                        "nonce",
                        randomUrlSafe(16),
                        "code_challenge",
                        s256(verifier),
                        "code_challenge_method",
                        "S256"));

        HttpResponse<String> toLogin = send(get(authorize));
        expectRedirect(toLogin, "the authorization request");
        String loginPage = resolve(idp, location(toLogin));
        HttpResponse<String> form = send(get(loginPage));
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException(
                    "no sign-in form with a CSRF token at " + loginPage + ": " + form.statusCode());
        }

        HttpResponse<String> signedIn = send(
                post(idp.issuer() + "/login", Map.of("username", user, "password", password, "_csrf", csrf.group(1))));
        expectRedirect(signedIn, "the sign-in form");
        String afterSignIn = location(signedIn);
        if (afterSignIn.contains("/login?error")) {
            throw new IllegalStateException("the IdP rejected " + user + "'s credentials");
        }

        HttpResponse<String> withCode = send(get(resolve(idp, afterSignIn)));
        expectRedirect(withCode, "the authorization request after sign-in");
        URI callback = URI.create(location(withCode));
        Map<String, String> parameters = query(callback);
        if (!callback.toString().startsWith(redirectUri + "?")
                || !state.equals(parameters.get("state"))
                || !parameters.containsKey("code")) {
            throw new IllegalStateException("unexpected authorization response: " + callback);
        }
        return tokenRequest(
                idp,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        parameters.get("code"),
                        "redirect_uri",
                        redirectUri,
                        "code_verifier",
                        verifier));
    }

    /**
     * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0) in this instance's IdP session.
     *
     * @return the IdP's answer: a redirect to {@code postLogoutRedirectUri} when it is registered
     */
    public HttpResponse<String> logout(RunningLocalIdp idp, String idToken, String postLogoutRedirectUri) {
        return send(get(idp.issuer() + "/connect/logout?"
                + form(Map.of(
                        "id_token_hint", idToken,
                        "post_logout_redirect_uri", postLogoutRedirectUri,
                        "state", "after-logout"))));
    }

    /** Whether this instance's IdP session still signs the user in without the form. */
    public boolean hasIdpSession(RunningLocalIdp idp) {
        String authorize = idp.issuer() + "/oauth2/authorize?"
                + form(Map.of(
                        "response_type", "code",
                        "client_id", idp.clientId(),
                        "scope", "openid",
                        "redirect_uri", LOOPBACK_CALLBACK,
                        "state", "probe",
                        "code_challenge", s256(randomUrlSafe(32)),
                        "code_challenge_method", "S256"));
        HttpResponse<String> response = send(get(authorize));
        return response.headers()
                .firstValue("Location")
                .filter(location -> location.startsWith(LOOPBACK_CALLBACK))
                .isPresent();
    }

    private Tokens tokenRequest(RunningLocalIdp idp, Map<String, String> parameters) {
        String basic = Base64.getEncoder()
                .encodeToString((idp.clientId() + ":" + idp.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(idp.issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        Map<String, Object> body = JSON.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
        return new Tokens(
                (String) body.get("access_token"),
                (String) body.get("refresh_token"),
                (String) body.get("id_token"),
                String.valueOf(body.get("scope")));
    }

    private HttpRequest get(String url) {
        return withCookies(HttpRequest.newBuilder(URI.create(url)))
                // A browser's Accept: the IdP sends browsers, not API clients, to its sign-in form.
                .header("Accept", "text/html,application/xhtml+xml")
                .GET()
                .build();
    }

    private HttpRequest post(String url, Map<String, String> fields) {
        return withCookies(HttpRequest.newBuilder(URI.create(url)))
                .header("Accept", "text/html,application/xhtml+xml")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)))
                .build();
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder builder) {
        if (!cookies.isEmpty()) {
            builder.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(header -> {
                String pair = header.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(
                        pair.substring(0, equals).trim(),
                        pair.substring(equals + 1).trim());
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void expectRedirect(HttpResponse<String> response, String step) {
        if (response.statusCode() != 302 && response.statusCode() != 303) {
            throw new IllegalStateException(
                    step + " answered " + response.statusCode() + " instead of a redirect: " + response.body());
        }
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("redirect without Location"));
    }

    private static String resolve(RunningLocalIdp idp, String location) {
        return URI.create(idp.issuer() + "/").resolve(location).toString();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(decode(parts[0]), parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
