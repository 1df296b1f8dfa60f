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
 * The edit form in the browser against the embedded IdP's PATCH /scim2/Me: a saved name on both
 * routes and in the header, a change made elsewhere meanwhile, the form's own checks, the keyboard.
 * Every other outcome of a save is covered by ProfileEditViewTest with the service's answers.
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
    void a_saved_name_shows_on_both_profile_routes_and_in_the_header() {
        EditForm.type(browser, "edit-name-givenName", "Ada");
        EditForm.type(browser, "edit-name-familyName", "Lovelace");
        browser.click(By.id("edit-save"));

        browser.waitForText(By.id("profile-given-name"), "Ada");
        assertThat(browser.path()).isEqualTo("/client-profile");
        assertThat(browser.waitFor(By.id("profile-family-name")).getText()).isEqualTo("Lovelace");
        assertThat(browser.waitFor(By.id("signed-in-user")).getText()).isEqualTo("Ada Lovelace");

        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-given-name"), "Ada");
        assertThat(browser.waitFor(By.id("signed-in-user")).getText()).isEqualTo("Ada Lovelace");
    }

    @Test
    void an_added_address_made_primary_shows_first_on_both_profile_routes() {
        browser.click(By.id("edit-email-add"));
        EditForm.type(browser, "edit-email-2", "ada@example.com");
        browser.click(By.id("edit-email-primary-1"));
        browser.click(By.id("edit-email-primary-2"));
        browser.click(By.id("edit-save"));

        browser.waitForText(By.id("profile-email"), "ada@example.com");
        assertThat(browser.waitFor(By.id("profile-email")).getText())
                .startsWith("ada@example.com")
                .contains("demo@example.com");

        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "ada@example.com");
        assertThat(browser.waitFor(By.id("profile-email")).getText()).startsWith("ada@example.com");
    }

    @Test
    void a_save_after_a_change_made_elsewhere_says_so_and_keeps_what_was_typed() {
        try (Browser elsewhere = new Browser()) {
            elsewhere.open(app.url("/server-profile"));
            elsewhere.signInAtIdp("demo", "demo");
            elsewhere.waitForText(By.id("profile-email"), "demo@example.com");
            elsewhere.click(By.id("profile-edit"));
            EditForm.type(elsewhere, "edit-name-givenName", "Grace");
            elsewhere.click(By.id("edit-save"));
            elsewhere.waitForText(By.id("profile-given-name"), "Grace");
        }

        EditForm.type(browser, "edit-name-givenName", "Ada");
        browser.click(By.id("edit-save"));

        browser.waitForContent(By.id("edit-message"), "changed elsewhere");
        assertThat(browser.path()).isEqualTo("/profile/edit");
        assertThat(browser.waitFor(By.cssSelector("#edit-name-givenName input")).getDomProperty("value"))
                .as("what the user typed is kept")
                .isEqualTo("Ada");
        assertThat(browser.waitFor(By.id("edit-form")).getDomProperty("textContent"))
                .as("the value saved elsewhere is shown next to it")
                .contains("Grace");
    }

    @Test
    void the_form_shows_the_profile_and_a_wrong_address_is_marked_announced_and_focused_without_a_request() {
        assertThat(browser.waitFor(By.cssSelector("#edit-name-givenName input")).getDomProperty("value"))
                .isEqualTo("Demo");

        EditForm.type(browser, "edit-email-1", "demo at example");
        browser.click(By.id("edit-save"));

        browser.waitForContent(By.id("edit-message"), "Some fields need your attention: 1 field.");
        assertThat(browser.driver.findElement(By.id("edit-message")).getAttribute("role"))
                .isEqualTo("alert");
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
                .contains("edit-name-givenName", "edit-name-familyName")
                .containsSubsequence(
                        "edit-name-givenName",
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
