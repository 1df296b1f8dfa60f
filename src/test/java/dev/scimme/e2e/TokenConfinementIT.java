package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/**
 * The product's main promise, proved from the outside: a whole session in Chromium (sign-in, both
 * profile routes, a refresh pushed over the WebSocket, sign-out) while everything the browser
 * receives and keeps is recorded, and everything the JVM logs is captured. The tokens are taken
 * from the identity provider's side. No access or refresh token may appear anywhere, whole or as
 * {@value TokenScan#WINDOW} consecutive characters; the ID token appears only where RP-initiated
 * logout requires it: as {@code id_token_hint} of the sign-out redirect to the IdP.
 */
class TokenConfinementIT {

    /** OpenID Connect RP-Initiated Logout sends the ID token to the IdP through the browser: the one allowed appearance. */
    private static final Pattern ID_TOKEN_HINT = Pattern.compile("id_token_hint=([A-Za-z0-9._~-]+)");

    private static AppUnderTest app;

    @RegisterExtension
    static final BeforeAllCallback START = context -> app = AppUnderTest.shared(context);

    private BrowserRecording recording;
    private Browser browser;
    private AppLog log;

    @BeforeEach
    void startRecording() {
        app.idp().scimBehaviour().reset();
        log = new AppLog();
        recording = BrowserRecording.start();
        browser = new Browser(recording.driver());
    }

    @AfterEach
    void stopRecording() {
        log.close();
        browser.close();
    }

    @Test
    void no_token_reaches_the_browser_or_the_logs_during_a_whole_session() {
        browser.open(app.url("/"));
        browser.click(By.id("sign-in"));
        browser.signInAtIdp("demo", "demo");
        browser.waitFor(By.id("signed-in-user"));
        recording.collect();

        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        recording.collect();

        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        recording.collect();
        long framesBeforeRefresh = recording.count("devtools event Network.webSocketFrameReceived");
        browser.click(By.id("profile-refresh"));
        browser.waitFor(By.cssSelector("#profile-refresh:not([disabled])"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        recording.collect();

        browser.click(By.id("sign-out"));
        browser.waitFor(By.id("sign-in"));
        recording.collect();

        Set<String> accessAndRefreshTokens = new LinkedHashSet<>();
        Set<String> idTokens = new LinkedHashSet<>();
        for (OAuth2Authorization authorization : app.idp().issuedAuthorizations()) {
            addToken(accessAndRefreshTokens, authorization.getToken(OAuth2AccessToken.class));
            addToken(accessAndRefreshTokens, authorization.getToken(OAuth2RefreshToken.class));
            addToken(idTokens, authorization.getToken(OidcIdToken.class));
        }
        assertThat(accessAndRefreshTokens)
                .as("the IdP issued this session's access and refresh token")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(idTokens).isNotEmpty();

        // The recording saw what it must have seen, or an empty recording would pass.
        assertThat(recording.count("response body"))
                .as("response bodies recorded")
                .isGreaterThan(10);
        assertThat(recording.count("devtools event Network.webSocketFrameReceived"))
                .as("push frames recorded, the refresh among them")
                .isGreaterThan(framesBeforeRefresh);
        assertThat(recording.captured())
                .anySatisfy(piece -> assertThat(piece.text()).contains("demo@example.com"));
        assertThat(log.lines()).isNotEmpty();

        Set<String> allTokens = new LinkedHashSet<>(accessAndRefreshTokens);
        allTokens.addAll(idTokens);
        TokenScan scan = new TokenScan(allTokens);
        HintedIdTokens hinted = new HintedIdTokens(idTokens);
        List<String> leaks = new ArrayList<>();
        for (BrowserRecording.Captured piece : recording.captured()) {
            scan.findIn(hinted.strip(piece.text())).stream()
                    .distinct()
                    .forEach(found -> leaks.add(piece.source() + ": …" + found + "…"));
        }
        assertThat(leaks)
                .as("tokens or parts of tokens the browser received or kept")
                .isEmpty();
        assertThat(hinted.count())
                .as("sign-out sent the ID token to the IdP as id_token_hint")
                .isPositive();

        List<String> logged = new ArrayList<>();
        for (String line : log.lines()) {
            if (!scan.findIn(hinted.strip(line)).isEmpty()) {
                logged.add(line.length() > 300 ? line.substring(0, 300) + "…" : line);
            }
        }
        assertThat(logged).as("log lines holding tokens or parts of tokens").isEmpty();

        assertThat(recording.browserConsole())
                .as("Content-Security-Policy violations in the browser console")
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to"));
    }

    /**
     * Blanks the ID token where it is allowed: as {@code id_token_hint} of the logout URL — in the
     * app's answer that sends the browser to the IdP, in the browser's request, and in the IdP's
     * own request log. Anything else of it is left for the scan.
     */
    private static final class HintedIdTokens {

        private final Set<String> idTokens;
        private int count;

        HintedIdTokens(Set<String> idTokens) {
            this.idTokens = idTokens;
        }

        String strip(String text) {
            Matcher hint = ID_TOKEN_HINT.matcher(text);
            StringBuilder stripped = new StringBuilder();
            while (hint.find()) {
                if (idTokens.contains(hint.group(1))) {
                    count++;
                    hint.appendReplacement(stripped, "id_token_hint=ID-TOKEN");
                }
            }
            hint.appendTail(stripped);
            return stripped.toString();
        }

        int count() {
            return count;
        }
    }

    private static void addToken(Set<String> tokens, OAuth2Authorization.Token<?> token) {
        if (token != null) {
            tokens.add(token.getToken().getTokenValue());
        }
    }
}
