package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A user whose profile is an attack: markup and script in the given name (through the ID token
 * and SCIM /Me), a 10 000-character family name with a right-to-left override and zero-width
 * characters. In a real browser nothing runs, nothing is injected and the page does not overflow.
 */
class HostileDataIT extends EndToEndTest {

    @BeforeEach
    void signInAsTheHostileUser() {
        signInFromHome(AppUnderTest.HOSTILE_USER.username(), AppUnderTest.HOSTILE_USER.password());
    }

    @Test
    void markup_and_script_in_profile_values_are_shown_as_text_on_both_routes_and_nothing_runs() {
        for (String route : new String[] {"/server-profile", "/client-profile"}) {
            browser.open(app.url(route));
            browser.waitForText(By.id("profile-given-name"), AppUnderTest.HOSTILE_GIVEN_NAME);

            assertThat(alertOpened()).as("an alert dialog on " + route).isFalse();
            assertThat(browser.driver.findElements(By.cssSelector("img[src='x'], #injected")))
                    .as("injected elements")
                    .isEmpty();
            assertThat(browser.driver.executeScript("return window.pwned === undefined"))
                    .isEqualTo(true);
            assertThat(browser.driver.findElement(By.id("profile-family-name")).getText())
                    .as("cut by the parser and again for display")
                    .endsWith("more characters)")
                    .hasSizeLessThan(600);
            assertThat(browser.driver.executeScript(
                            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as("no horizontal overflow on " + route)
                    .isEqualTo(true);
        }
        browser.screenshot("hostile-profile");
    }

    private boolean alertOpened() {
        try {
            browser.driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException expected) {
            return false;
        }
    }
}
