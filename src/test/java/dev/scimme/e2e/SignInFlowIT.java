package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The signed-in app from the outside: protected route → IdP sign-in → back → sign-out ends both sessions. */
class SignInFlowIT extends EndToEndTest {

    @Test
    void a_protected_route_signs_in_at_the_idp_returns_to_that_route_and_sign_out_ends_both_sessions() {
        browser.open(app.url("/server-profile"));
        browser.waitFor(By.name("username"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(app.idp().issuer());

        browser.signInAtIdp("demo", "demo");

        browser.waitForText(By.id("profile-email"), "demo@example.com");
        assertThat(browser.driver.getCurrentUrl())
                .as("the route alone in the address bar")
                .isEqualTo(app.url("/server-profile"));
        assertThat(browser.waitFor(By.id("signed-in-user")).getText()).isEqualTo("Demo User");

        browser.click(By.id("sign-out"));

        browser.waitFor(By.id("sign-in"));
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.driver.getCurrentUrl()).startsWith(app.url("/"));

        browser.open(app.url("/server-profile"));
        browser.waitFor(By.name("username"));
        assertThat(browser.isShowingSignInForm())
                .as("the IdP asks for the password again")
                .isTrue();
    }
}
