package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Signing in while the IdP is down, then again once it is back, without restarting the app. */
class IdentityProviderOutageIT extends EndToEndTest {

    @AfterEach
    void bringTheIdpBack() {
        app.startIdp();
    }

    @Test
    void sign_in_while_the_idp_is_down_says_so_and_works_once_it_is_back() throws InterruptedException {
        app.stopIdp();
        // The app trusts a recent answer from the IdP for a few seconds; wait that out.
        Thread.sleep(OutageTiming.AVAILABILITY_TRUSTED_FOR_MILLIS);
        browser.open(app.url("/"));
        browser.click(By.id("sign-in"));

        browser.waitForText(
                By.id("idp-unavailable-message"),
                "The identity provider at " + app.idp().issuer() + " cannot be reached");
        assertThat(browser.path()).isEqualTo("/sign-in-unavailable");

        app.startIdp();
        browser.click(By.id("idp-retry"));
        browser.signInAtIdp("demo", "demo");
        browser.waitFor(By.id("signed-in-user"));
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
    }
}
