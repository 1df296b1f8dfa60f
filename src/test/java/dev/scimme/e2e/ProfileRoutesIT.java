package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.localidp.ScimBehaviour;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

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
    void a_slow_api_does_not_hold_back_the_client_profile_layout() throws InterruptedException {
        // Warm: the view has been shown once in this browser, as on any second visit.
        browser.open(app.url("/client-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        browser.click(By.cssSelector("nav a[href='']"));
        browser.waitFor(By.id("link-client-profile"));

        try (ScimBehaviour.Hold hold = app.idp().scimBehaviour().holdAnswers()) {
            browser.click(By.id("link-client-profile"));

            // Order, not milliseconds: the layout is on screen while /Me has not been answered.
            browser.waitForText(By.id("profile-email"), "Loading…");
            assertThat(hold.awaitRequest(Duration.ofSeconds(20)))
                    .as("the view asked /Me, and /Me is still unanswered")
                    .isTrue();
            assertThat(browser.waitFor(By.id("profile-email")).getText()).isEqualTo("Loading…");
        }
        browser.waitForText(By.id("profile-email"), "demo@example.com");
    }

    @Test
    void the_push_connection_closes_when_the_user_leaves_the_client_profile() {
        // Counts the page's WebSockets (Atmosphere opens Vaadin's push connection with the global WebSocket).
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                        const Native = window.WebSocket;
                        const sockets = window.__sockets = [];
                        window.WebSocket = class extends Native {
                          constructor(...args) { super(...args); sockets.push(this); }
                        };
                        """));
        browser.open(app.url("/client-profile"));
        assertShowsDemoProfile();
        awaitOpenWebSockets(1);

        browser.click(By.cssSelector("nav a[href='']"));
        browser.waitFor(By.id("link-client-profile"));

        awaitOpenWebSockets(0);
    }

    @Test
    void a_page_event_listener_added_after_the_page_was_parsed_still_runs_so_the_flow_client_starts_at_once() {
        browser.open(app.url("/server-profile"));
        assertShowsDemoProfile();

        // What Flow's GWT loader does when import() brings it in long after the page was parsed; without
        // BootstrapPageAdditions it would wait for its 50 ms fallback poll instead.
        Object outcome = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.addEventListener('DOMContentLoaded', () => done('ran'));
                setTimeout(() => done('never ran'), 5000);
                """);

        assertThat(outcome).isEqualTo("ran");
    }

    @Test
    void a_full_page_load_carries_the_view_in_the_page_and_the_live_view_takes_its_place() {
        browser.open(app.url("/server-profile"));
        assertShowsDemoProfile();

        // The page as the server sends it, before any script: the profile is in it, inert, with its UI's state.
        String page = served("/server-profile");
        Document parsed = Jsoup.parse(page);
        assertThat(parsed.select("#in-page-view[inert] #profile-email").text()).startsWith("demo@example.com");
        assertThat(page).contains("Vaadin-Security-Key");
        // With the script that takes the copy away when the live view arrives (InPageViewScriptIT).
        assertThat(parsed.select("body > script").html()).contains("getElementById('in-page-view')");
        // The live view has taken its place: each element id once, the copy gone.
        assertThat(browser.showsInPageCopy()).isFalse();
        assertThat(browser.driver.findElements(By.id("profile-email"))).hasSize(1);

        try (ScimBehaviour.Hold hold = app.idp().scimBehaviour().holdAnswers()) {
            // /Me unanswered: the page of /client-profile comes anyway, with the layout.
            Document clientLayout = Jsoup.parse(served("/client-profile"));
            assertThat(clientLayout.select("#in-page-view #profile-email").text())
                    .isEqualTo("Loading…");
        }
        // A query is text of the requester's choosing: such a page carries no view and no UI state (BREACH).
        String withQuery = served("/server-profile?q=chosen");
        assertThat(Jsoup.parse(withQuery).select("#in-page-view")).isEmpty();
        assertThat(withQuery).doesNotContain("Vaadin-Security-Key");
    }

    private String served(String path) {
        return (String) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(answer => answer.text()).then(done, error => done(String(error)));
                """, app.url(path));
    }

    private void awaitOpenWebSockets(int count) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .withMessage("open WebSockets in the page should become " + count)
                .until(page -> ((Number) browser.driver.executeScript(
                                        "return (window.__sockets || []).filter(s => s.readyState < 2).length"))
                                .intValue()
                        == count);
    }

    private void assertShowsDemoProfile() {
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        assertThat(browser.waitFor(By.id("profile-given-name")).getText()).isEqualTo("Demo");
        assertThat(browser.waitFor(By.id("profile-family-name")).getText()).isEqualTo("User");
    }
}
