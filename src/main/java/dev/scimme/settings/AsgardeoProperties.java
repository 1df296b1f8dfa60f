package dev.scimme.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The identity-provider settings, named as the Asgardeo Next.js guide names them:
 * {@code AUTH_ASGARDEO_ISSUER} binds to {@code auth.asgardeo.issuer}, {@code AUTH_ASGARDEO_ID} to
 * {@code auth.asgardeo.id} and so on. The values are bound as text and validated here, once, so a
 * wrong value stops the app with a sentence naming the variable (see
 * {@link InvalidSettingFailureAnalyzer}) rather than a conversion stack trace.
 *
 * @param issuer     the OIDC issuer; discovery is read from {@code {issuer}/.well-known/openid-configuration}
 * @param id         the application's client id
 * @param secret     the client secret; absent for a public client (PKCE only)
 * @param scopes     requested scopes, normalised to single spaces, {@code openid} always among them
 * @param meEndpoint the SCIM 2.0 {@code /Me} URL; derived from an Asgardeo issuer when not set
 * @param allowInsecureHttp {@code AUTH_ASGARDEO_ALLOW_INSECURE_HTTP}: accept an {@code http} issuer or
 *     {@code /Me} endpoint on another machine (off: such a setting stops the app at start-up)
 * @param accountUrl {@code AUTH_ASGARDEO_ACCOUNT_URL}: where the user manages what this app does not
 *     (password, MFA, sessions); derived from an Asgardeo issuer ({@code https://myaccount.asgardeo.io/t/{org}})
 *     when not set; null when neither gives one (no link is shown)
 */
@ConfigurationProperties("auth.asgardeo")
public record AsgardeoProperties(
        String issuer,
        String id,
        @Nullable String secret,
        String scopes,
        String meEndpoint,
        boolean allowInsecureHttp,
        @Nullable String accountUrl) {

    public static final String DEFAULT_SCOPES = "openid profile email internal_login";

    /** What a scope may contain: RFC 6749 allows more, but these cover real IdPs and catch typos. */
    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_.:/\\-]+");

    /** An organisation's path on Asgardeo: {@code /t/{org}} then the end or a slash. */
    private static final Pattern ASGARDEO_TENANT = Pattern.compile("/t/([A-Za-z0-9._-]+)(?:/|$)");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    public AsgardeoProperties(
            @Nullable String issuer,
            @Nullable String id,
            @Nullable String secret,
            @Nullable String scopes,
            @Nullable String meEndpoint,
            boolean allowInsecureHttp,
            @Nullable String accountUrl) {
        this.issuer = checkIssuer(issuer);
        this.id = checkId(id);
        this.secret = secret == null || secret.isBlank() ? null : secret.strip();
        this.scopes = normaliseScopes(scopes);
        this.meEndpoint = checkMeEndpoint(meEndpoint, this.issuer);
        this.allowInsecureHttp = allowInsecureHttp;
        this.accountUrl = checkAccountUrl(accountUrl, this.issuer);
    }

    public URI issuerUri() {
        return URI.create(issuer);
    }

    /** Where the IdP publishes its OIDC discovery document: {@code {issuer}/.well-known/openid-configuration}. */
    public URI discoveryUri() {
        return URI.create(issuer.endsWith("/") ? issuer : issuer + "/").resolve(".well-known/openid-configuration");
    }

    public URI meEndpointUri() {
        return URI.create(meEndpoint);
    }

    public List<String> scopeList() {
        return List.of(scopes.split(" "));
    }

    public boolean isPublicClient() {
        return secret == null;
    }

    @Override
    public String toString() {
        // Never print the secret, not even in a log's or a debugger's rendering of this record.
        return "AsgardeoProperties[issuer=" + issuer + ", id=" + id + ", secret=" + (secret == null ? "none" : "****")
                + ", scopes=" + scopes + ", meEndpoint=" + meEndpoint + ", allowInsecureHttp=" + allowInsecureHttp
                + ", accountUrl=" + accountUrl + "]";
    }

    private static String checkIssuer(@Nullable String issuer) {
        return httpUrl(
                "AUTH_ASGARDEO_ISSUER",
                issuer,
                "the issuer URL of your identity provider, e.g. https://api.asgardeo.io/t/{your-org}/oauth2/token"
                        + " - or, to use the embedded identity provider, run ./mvnw spring-boot:run (a packaged jar: add --spring.profiles.active=local)");
    }

    private static String checkId(@Nullable String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidSettingException(
                    "AUTH_ASGARDEO_ID",
                    "is not set",
                    "the client id of your application (Asgardeo console: Applications → your app → Protocol → Client ID)");
        }
        return id.strip();
    }

    private static String normaliseScopes(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SCOPES;
        }
        Set<String> result = new LinkedHashSet<>();
        for (String scope : SEPARATORS.split(raw.strip())) {
            if (!SCOPE.matcher(scope).matches()) {
                throw new InvalidSettingException(
                        "AUTH_ASGARDEO_SCOPES",
                        "cannot be read: '" + scope + "' is not a scope name",
                        "scope names separated by spaces (commas also work), e.g. \"" + DEFAULT_SCOPES + "\"");
            }
            result.add(scope);
        }
        if (!result.contains("openid")) {
            throw new InvalidSettingException(
                    "AUTH_ASGARDEO_SCOPES",
                    "does not contain openid",
                    "the scopes to request, openid among them, e.g. \"" + DEFAULT_SCOPES + "\"");
        }
        return String.join(" ", result);
    }

    private static String checkMeEndpoint(@Nullable String meEndpoint, String issuer) {
        String expected =
                "the SCIM 2.0 /Me URL of your identity provider, e.g. https://api.asgardeo.io/t/{your-org}/scim2/Me";
        if (meEndpoint != null && !meEndpoint.isBlank()) {
            return httpUrl("AUTH_ASGARDEO_ME_ENDPOINT", meEndpoint, expected);
        }
        // Asgardeo's issuer is …/t/{org}/oauth2/token and its SCIM API lives at …/t/{org}/scim2/Me.
        String path = URI.create(issuer).getPath();
        if (path != null && path.endsWith("/oauth2/token")) {
            return URI.create(issuer)
                    .resolve(path.substring(0, path.length() - "/oauth2/token".length()) + "/scim2/Me")
                    .toString();
        }
        throw new InvalidSettingException(
                "AUTH_ASGARDEO_ME_ENDPOINT", "is not set and cannot be derived from the issuer", expected);
    }

    private static @Nullable String checkAccountUrl(@Nullable String accountUrl, String issuer) {
        if (accountUrl != null && !accountUrl.isBlank()) {
            // A set value wins over the derived one: an organisation may use its own My Account domain.
            return httpUrl(
                    "AUTH_ASGARDEO_ACCOUNT_URL",
                    accountUrl,
                    "the page where users manage their account at your identity provider, e.g. https://myaccount.asgardeo.io/t/{your-org}");
        }
        return asgardeoAccountUrl(issuer);
    }

    /** Asgardeo's issuer is {@code https://api.asgardeo.io/t/{org}/…}; its My Account is {@code https://myaccount.asgardeo.io/t/{org}}. */
    private static @Nullable String asgardeoAccountUrl(String issuer) {
        URI uri = URI.create(issuer);
        String path = uri.getPath() == null ? "" : uri.getPath();
        Matcher tenant = ASGARDEO_TENANT.matcher(path);
        if (!"https".equalsIgnoreCase(uri.getScheme())
                || !"api.asgardeo.io".equalsIgnoreCase(uri.getHost())
                || uri.getPort() != -1
                || !tenant.lookingAt()) {
            return null;
        }
        return "https://myaccount.asgardeo.io/t/" + tenant.group(1);
    }

    private static String httpUrl(String setting, @Nullable String value, String expected) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(setting, "is not set", expected);
        }
        String trimmed = value.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute()
                    || !(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                throw new InvalidSettingException(setting, "is not a valid http(s) URL: '" + trimmed + "'", expected);
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(setting, "is not a valid URL: '" + trimmed + "'", expected);
        }
    }
}
