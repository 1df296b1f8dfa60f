package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Editing as the server and the user decide it: an attribute the server makes read-only, and a
 * whole edit, from the profile to the saved name, with the keyboard alone.
 */
class ProfileEditRulesIT extends EndToEndTest {

    @Test
    void an_attribute_the_server_makes_read_only_is_shown_read_only_and_the_rest_is_saved() {
        app.idp().scimBehaviour().readOnly("name.familyName");
        signInFromHome();
        browser.open(app.url("/profile/edit?from=server-profile"));
        browser.waitFor(By.id("edit-form"));

        assertThat(browser.waitFor(By.id("edit-name-familyName")).getDomAttribute("readonly"))
                .isNotNull();
        EditForm.type(browser, "edit-name-givenName", "Ada");
        browser.click(By.id("edit-save"));

        browser.waitForText(By.id("profile-given-name"), "Ada");
        assertThat(browser.path()).isEqualTo("/server-profile");
        assertThat(browser.waitFor(By.id("profile-family-name")).getText()).isEqualTo("User");
    }

    @Test
    void the_whole_edit_can_be_done_with_the_keyboard_alone() {
        signInFromHome();
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");

        tabTo("profile-edit");
        press(Keys.ENTER);
        browser.waitFor(By.id("edit-form"));
        tabTo("edit-name-givenName"); // Tab into a field selects its text: typing replaces it
        press("Ada");
        tabTo("edit-save");
        press(Keys.ENTER);

        browser.waitForText(By.id("profile-given-name"), "Ada");
        assertThat(browser.waitFor(By.id("signed-in-user")).getText()).isEqualTo("Ada User");
    }

    private void tabTo(String id) {
        for (int press = 0; press < 80; press++) {
            press(Keys.TAB);
            if (EditForm.focusedId(browser).equals(id)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private void press(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }
}
