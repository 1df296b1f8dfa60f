package dev.scimme.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person with one browser at HTTP level, signed in at one app instance through the embedded
 * IdP's sign-in form: the app does the OAuth2 code flow itself, as for Chromium. Cookies are kept
 * per host (the app on 127.0.0.1, the IdP on localhost), so use one per instance.
 */
final class HttpUser {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String app;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient following = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final HttpClient notFollowing = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private HttpUser(String app) {
        this.app = app;
    }

    /** demo / demo signed in at {@code app} ({@code http://127.0.0.1:port}), on {@code /server-profile}. */
    static HttpUser signIn(String app) {
        HttpUser user = new HttpUser(app);
        HttpResponse<String> form = user.send(user.following, get(app + "/server-profile"));
        Matcher csrf = CSRF_FIELD.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException(
                    "expected the IdP's sign-in form, got " + form.statusCode() + " at " + form.uri());
        }
        HttpResponse<String> page = user.send(
                user.following,
                HttpRequest.newBuilder(form.uri().resolve("/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=demo&password=demo&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build());
        if (page.statusCode() != 200 || !page.uri().toString().equals(app + "/server-profile")) {
            throw new IllegalStateException("sign-in ended with " + page.statusCode() + " at " + page.uri());
        }
        return user;
    }

    /** True when the app shows {@code /server-profile}; false when it sends the user to sign in. */
    boolean isSignedIn() {
        int status = open("/server-profile").statusCode();
        if (status != 200 && status != 302) {
            throw new IllegalStateException("/server-profile answered " + status);
        }
        return status == 200;
    }

    /** A GET of one of the app's pages in this user's session, redirects not followed. */
    HttpResponse<String> open(String path) {
        return send(notFollowing, get(app + path));
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html,application/xhtml+xml")
                .GET()
                .build();
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
