package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An app configured without {@code internal_login} against an IdP that grants it only when asked
 * (as Asgardeo does): "Grant access" must ask for it, or the user is stuck with a 403. Its own app and
 * IdP, since the shared ones ask for every scope.
 */
class GrantAccessIT {

    private static AppUnderTest app;

    private Browser browser;

    @BeforeAll
    static void startAnAppThatDoesNotAskForInternalLogin() {
        app = AppUnderTest.start(
                idp -> idp.withInternalLoginOptional(true), "--auth.asgardeo.scopes=openid profile email");
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void openBrowser() {
        // The consent screen on, as at Asgardeo: the user sees what the app asks for.
        app.idp().accessControls().requireConsent(true);
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void grant_access_asks_for_the_scope_the_api_named_and_the_profile_shows() {
        browser.open(app.url("/server-profile"));
        browser.signInAtIdp("demo", "demo");
        browser.click(By.id("profile"));
        browser.click(By.id("email"));
        // The first consent screen: the configured scopes only, internal_login is not among them.
        assertThat(browser.driver.findElements(By.id("internal_login"))).isEmpty();
        browser.click(By.id("submit-consent"));

        browser.waitForText(By.id("profile-error-reason"), "lacks the internal_login scope");
        assertThat(browser.waitFor(By.id("profile-sign-in-again")).getText()).isEqualTo("Grant access");
        browser.click(By.id("profile-sign-in-again"));
        // Asked again (prompt=consent), now for internal_login too.
        browser.click(By.id("internal_login"));
        browser.click(By.id("submit-consent"));

        browser.waitForText(By.id("profile-email"), "demo@example.com");
        browser.waitForText(By.id("profile-given-name"), "Demo");
        assertThat(browser.path()).isEqualTo("/server-profile");
    }
}
