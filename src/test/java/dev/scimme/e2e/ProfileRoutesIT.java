package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Both profile routes against the embedded IdP's real SCIM /Me, including its failure switches. */
class ProfileRoutesIT extends EndToEndTest {

    @BeforeEach
    void signIn() {
        signInFromHome();
    }

    @Test
    void both_routes_show_the_demo_users_profile() {
        browser.open(app.url("/server-profile"));
        assertShowsDemoProfile();
        browser.screenshot("server-profile");

        browser.open(app.url("/client-profile"));
        assertShowsDemoProfile();
        browser.screenshot("client-profile");
    }

    @Test
    void a_failing_api_is_reported_on_both_routes_and_try_again_recovers() {
        app.idp().scimBehaviour().forcedStatus(500);

        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-error-title"), "Failed to fetch user details");
        assertThat(browser.waitFor(By.id("profile-error-reason")).getText()).contains("HTTP 500");
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-error-title"), "Failed to fetch user details");
        browser.screenshot("client-profile-error");

        app.idp().scimBehaviour().forcedStatus(0);
        browser.click(By.id("profile-try-again"));
        assertShowsDemoProfile();

        app.idp().scimBehaviour().forcedStatus(500);
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-error-title"), "Failed to fetch user details");
        app.idp().scimBehaviour().forcedStatus(0);
        browser.click(By.id("profile-try-again"));
        assertShowsDemoProfile();
    }

    @Test
    void a_slow_api_does_not_hold_back_the_client_profile_layout() {
        // Warm: the view has been shown once in this browser, as on any second visit.
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        browser.click(By.cssSelector("vaadin-side-nav-item[path='']"));
        browser.waitFor(By.id("link-client-profile"));
        app.idp().scimBehaviour().delay(Duration.ofSeconds(3));

        long start = System.nanoTime();
        browser.click(By.id("link-client-profile"));
        browser.waitForText(By.id("profile-email"), "Loading…", Duration.ofSeconds(5));
        long layoutMillis = (System.nanoTime() - start) / 1_000_000;
        browser.waitForText(By.id("profile-email"), "demo@example.com", Duration.ofSeconds(10));
        long dataMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(layoutMillis).as("layout shown after %d ms", layoutMillis).isLessThan(300);
        assertThat(dataMillis).as("data shown after %d ms", dataMillis).isBetween(2_900L, 6_000L);
    }

    private void assertShowsDemoProfile() {
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        assertThat(browser.waitFor(By.id("profile-given-name")).getText()).isEqualTo("Demo");
        assertThat(browser.waitFor(By.id("profile-family-name")).getText()).isEqualTo("User");
    }
}
