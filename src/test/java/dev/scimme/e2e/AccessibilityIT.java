package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.localidp.ScimBehaviour;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** axe-core finds no serious or critical violation on any state of the pages a user meets. */
class AccessibilityIT extends EndToEndTest {

    @Test
    void the_signed_out_home_page() {
        browser.open(app.url("/"));
        browser.waitFor(By.id("sign-in"));

        assertThat(Axe.seriousOrCriticalViolations(browser.driver)).isEmpty();
    }

    @Test
    void the_server_profile_loaded() {
        signInFromHome();
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");

        assertThat(Axe.seriousOrCriticalViolations(browser.driver)).isEmpty();
    }

    @Test
    void the_client_profile_while_loading_and_once_loaded() throws InterruptedException {
        signInFromHome();
        try (ScimBehaviour.Hold hold = app.idp().scimBehaviour().holdAnswers()) {
            browser.open(app.url("/client-profile"));
            browser.waitForText(By.id("profile-email"), "Loading…");
            assertThat(hold.awaitRequest(Duration.ofSeconds(20))).isTrue();

            assertThat(Axe.seriousOrCriticalViolations(browser.driver))
                    .as("while loading")
                    .isEmpty();
        }
        // A fresh load: on a busy machine axe may take longer than the app waits for a held /Me.
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        browser.waitForText(By.id("profile-announcement"), "Profile loaded");

        assertThat(Axe.seriousOrCriticalViolations(browser.driver)).as("loaded").isEmpty();
    }

    @Test
    void a_profile_that_failed_to_load() {
        signInFromHome();
        app.idp().scimBehaviour().forcedStatus(500);
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-error-title"), "Failed to fetch user details");

        assertThat(Axe.seriousOrCriticalViolations(browser.driver)).isEmpty();
    }

    @Test
    void the_edit_form_showing_client_side_errors() {
        signInFromHome();
        browser.open(app.url("/server-profile"));
        browser.click(By.id("profile-edit"));
        browser.waitFor(By.id("edit-form"));
        EditForm.type(browser, "edit-email-1", "not an address");
        browser.click(By.id("edit-save"));
        browser.waitForContent(By.id("edit-message"), "Some fields need your attention");

        assertThat(Axe.seriousOrCriticalViolations(browser.driver)).isEmpty();
    }
}
