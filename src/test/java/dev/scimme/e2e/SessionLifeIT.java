package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/** What happens to a signed-in user when tokens expire, are revoked, lack a scope, or the session is lost. */
class SessionLifeIT extends EndToEndTest {

    @Test
    void profiles_loaded_after_the_access_token_expired_just_work() {
        signInFromHome();
        double before = app.refreshes("success");

        Instant expired = awaitExpiryOfTheLatestAccessTokenOf("demo");
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");

        // By the IdP's record: every token issued since was a refresh of an expired one. On a loaded
        // machine the two loads may outlast the new 6 s token too, which then earns its own refresh.
        List<OAuth2AccessToken> since = accessTokensOf("demo").stream()
                .filter(token -> !token.getIssuedAt().isBefore(expired))
                .toList();
        assertThat(since).as("a refresh after the expiry").isNotEmpty();
        assertThat(app.refreshes("success") - before).isEqualTo(since.size());
        Duration margin = AppUnderTest.ACCESS_TOKEN_LIFETIME.dividedBy(10);
        for (int i = 1; i < since.size(); i++) {
            assertThat(since.get(i).getIssuedAt())
                    .as("no refresh while the token before was still valid")
                    .isAfterOrEqualTo(since.get(i - 1).getExpiresAt().minus(margin));
        }
    }

    @Test
    void revoked_tokens_take_the_user_through_sign_in_and_back_to_the_same_route() {
        signInFromHome();
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");

        app.idp().accessControls().revokeTokensOf("demo");
        browser.markThisPage();
        browser.click(By.id("profile-refresh"));

        // The API refuses the token, the refresh is refused: sign-in (silent while the IdP session lasts) and back.
        browser.waitForAnotherPage();
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        assertThat(browser.path()).isEqualTo("/client-profile");
        assertThat(app.refreshes("refused")).isPositive();
    }

    @Test
    void a_grant_without_internal_login_offers_grant_access_which_asks_for_it_and_comes_back() {
        app.idp().accessControls().requireConsent(true);
        browser.open(app.url("/server-profile"));
        browser.signInAtIdp("demo", "demo");
        // The consent screen: grant profile and email, but not internal_login.
        browser.click(By.id("profile"));
        browser.click(By.id("email"));
        browser.click(By.id("submit-consent"));

        browser.waitForText(By.id("profile-error-reason"), "lacks the internal_login scope");
        browser.click(By.id("profile-sign-in-again"));
        browser.click(By.id("internal_login"));
        browser.click(By.id("submit-consent"));

        browser.waitForText(By.id("profile-email"), "demo@example.com");
        assertThat(browser.path()).isEqualTo("/server-profile");
    }

    @Test
    void a_lost_session_reloads_through_sign_in_to_the_same_route() {
        signInFromHome();
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");

        // As after an expired session or a restarted server: the browser's session cookie means nothing now.
        browser.driver.manage().deleteCookieNamed("JSESSIONID");
        browser.click(By.id("profile-refresh"));

        browser.waitForText(By.id("profile-email"), "demo@example.com", Duration.ofSeconds(30));
        assertThat(browser.path()).isEqualTo("/client-profile");
        assertThat(browser.driver.getPageSource()).doesNotContain("Exception");
    }

    /** Until the access token the IdP issued last to {@code username} has expired, by the IdP's own record; its expiry. */
    private static Instant awaitExpiryOfTheLatestAccessTokenOf(String username) {
        Instant expiresAt = accessTokensOf(username).stream()
                .map(OAuth2AccessToken::getExpiresAt)
                .max(Comparator.naturalOrder())
                .orElseThrow(() -> new AssertionError("the IdP issued no access token to " + username));
        new FluentWait<>(expiresAt)
                .withTimeout(AppUnderTest.ACCESS_TOKEN_LIFETIME.multipliedBy(10))
                .pollingEvery(Duration.ofMillis(100))
                .withMessage("the access token of " + username + " never expired")
                .until(expiry -> Instant.now().isAfter(expiry));
        return expiresAt;
    }

    /** Every access token the IdP issued to {@code username}, once each, oldest first. */
    private static List<OAuth2AccessToken> accessTokensOf(String username) {
        return app.idp().issuedAuthorizations().stream()
                .filter(authorization -> username.equals(authorization.getPrincipalName()))
                .map(OAuth2Authorization::getAccessToken)
                .filter(Objects::nonNull)
                .map(OAuth2Authorization.Token::getToken)
                .filter(token -> token.getIssuedAt() != null && token.getExpiresAt() != null)
                .distinct()
                .sorted(Comparator.comparing(OAuth2AccessToken::getIssuedAt))
                .toList();
    }
}
