package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The edit form in the browser, up to its own checks: a save against the embedded IdP needs its
 * PATCH /scim2/Me, built on another branch (the save paths are covered by ProfileEditViewTest).
 */
class ProfileEditIT extends EndToEndTest {

    @BeforeEach
    void openTheFormFromTheClientProfile() {
        signInFromHome();
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        browser.click(By.id("profile-edit"));
        browser.waitFor(By.id("edit-form"));
    }

    @Test
    void the_form_shows_the_profile_and_a_wrong_address_is_marked_announced_and_focused_without_a_request() {
        assertThat(browser.waitFor(By.cssSelector("#edit-name-givenName input")).getDomProperty("value"))
                .isEqualTo("Demo");

        EditForm.type(browser, "edit-email-1", "demo at example");
        browser.click(By.id("edit-save"));

        browser.waitForText(By.id("edit-message"), "Some fields need your attention: 1 field.");
        assertThat(browser.waitFor(By.id("edit-message")).getAttribute("role")).isEqualTo("alert");
        assertThat(browser.waitFor(By.id("edit-email-1")).getAttribute("invalid"))
                .isNotNull();
        waitUntil(() -> EditForm.focusedId(browser).equals("edit-email-1"));
        assertThat(browser.path()).isEqualTo("/profile/edit");
        assertThat(browser.waitFor(By.cssSelector("#edit-email-1 input")).getDomProperty("value"))
                .as("input kept")
                .isEqualTo("demo at example");
    }

    @Test
    void every_field_and_button_is_reached_with_tab_and_space_and_enter_work_the_buttons() {
        List<String> reached = tabUntil("edit-cancel");

        assertThat(reached)
                .containsSubsequence(
                        "edit-name-givenName",
                        "edit-name-familyName",
                        "edit-email-1",
                        "edit-email-primary-1",
                        "edit-email-remove-1",
                        "edit-email-add",
                        "edit-phone-add",
                        "edit-save",
                        "edit-cancel");

        // Space on "Add e-mail address" adds a row and puts the focus into it.
        tabBackTo("edit-email-add");
        new Actions(browser.driver).sendKeys(Keys.SPACE).perform();
        waitUntil(() -> EditForm.focusedId(browser).equals("edit-email-2"));

        tabUntil("edit-cancel");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        waitUntil(() -> browser.path().equals("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
    }

    /** Presses Tab until the focus is on {@code id}; the ids reached on the way, in order. */
    private List<String> tabUntil(String id) {
        List<String> reached = new ArrayList<>();
        for (int press = 0; press < 60; press++) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            String focused = EditForm.focusedId(browser);
            reached.add(focused);
            if (focused.equals(id)) {
                return reached;
            }
        }
        throw new AssertionError("Tab never reached " + id + "; reached " + reached);
    }

    private void tabBackTo(String id) {
        for (int press = 0; press < 60; press++) {
            new Actions(browser.driver)
                    .keyDown(Keys.SHIFT)
                    .sendKeys(Keys.TAB)
                    .keyUp(Keys.SHIFT)
                    .perform();
            if (EditForm.focusedId(browser).equals(id)) {
                return;
            }
        }
        throw new AssertionError("Shift+Tab never reached " + id);
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20)).until(driver -> condition.getAsBoolean());
    }
}
