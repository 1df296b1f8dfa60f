package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The script that takes the page's copy of the first view away ({@code pageload/in-page-view.js}), in
 * Chromium on a page of its own: in development mode (the other browser tests) Vaadin's client clears
 * the copy itself, in production mode only this script does.
 */
class InPageViewScriptIT {

    private final ChromeDriver driver = Chromium.start();

    @AfterEach
    void quit() {
        driver.quit();
    }

    @Test
    void the_copy_stays_until_the_live_view_arrives_and_goes_in_the_same_task() throws IOException {
        driver.get("about:blank");
        driver.executeScript("""
                document.body.innerHTML = '<div id="outlet"><div id="in-page-view" inert><p id="profile-email">copy</p></div>'
                    + '<flow-container-root id="ROOT"></flow-container-root></div>';
                """);
        driver.executeScript(script());

        assertThat(driver.executeScript("return document.getElementById('in-page-view') !== null"))
                .isEqualTo(true);

        Object emailsAtTheEndOfTheTask = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const live = document.createElement('p');
                live.id = 'profile-email';
                live.textContent = 'live';
                document.getElementById('ROOT').append(live);
                // Queued after the script's MutationObserver callback, still in this task: no paint between.
                queueMicrotask(() => done(document.querySelectorAll('#profile-email').length));
                """);

        assertThat(emailsAtTheEndOfTheTask).isEqualTo(1L);
        assertThat(driver.executeScript("return document.getElementById('profile-email').textContent"))
                .isEqualTo("live");
    }

    private static String script() throws IOException {
        try (InputStream in = InPageViewScriptIT.class.getResourceAsStream("/dev/scimme/pageload/in-page-view.js")) {
            assertThat(in).as("in-page-view.js on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
