package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** What happens to a signed-in user when tokens expire, are revoked, lack a scope, or the session is lost. */
class SessionLifeIT extends EndToEndTest {

    @Test
    void profiles_loaded_after_the_access_token_expired_just_work() throws InterruptedException {
        signInFromHome();
        double before = app.refreshes("success");

        Thread.sleep(AppUnderTest.ACCESS_TOKEN_LIFETIME.plusSeconds(1).toMillis());
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");

        assertThat(app.refreshes("success"))
                .as("one refresh for the one expiry")
                .isEqualTo(before + 1);
    }

    @Test
    void revoked_tokens_take_the_user_through_sign_in_and_back_to_the_same_route() {
        signInFromHome();
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");

        app.idp().accessControls().revokeTokensOf("demo");
        browser.click(By.id("profile-refresh"));

        // The API refuses the token, the refresh is refused: sign-in (silent while the IdP session lasts) and back.
        browser.waitForText(By.id("profile-email"), "Loading…");
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
}
