package dev.scimme.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A browser test of the whole product: the shared app and IdP ({@link AppUnderTest}, started once
 * per run) and a fresh headless Chromium per test, so no cookie carries over between tests.
 */
abstract class EndToEndTest {

    static AppUnderTest app;

    @RegisterExtension
    static final BeforeAllCallback START = context -> app = AppUnderTest.shared(context);

    Browser browser;

    @BeforeEach
    final void openBrowser() {
        app.idp().scimBehaviour().reset();
        app.idp().accessControls().reset();
        app.idp().resetProfiles();
        browser = new Browser();
    }

    @AfterEach
    final void closeBrowser() {
        app.idp().scimBehaviour().reset();
        app.idp().accessControls().reset();
        app.idp().resetProfiles();
        browser.close();
    }

    /** Signs in as demo from the home page and waits until the app shows the signed-in user. */
    void signInFromHome() {
        signInFromHome("demo", "demo");
    }

    void signInFromHome(String username, String password) {
        browser.open(app.url("/"));
        browser.click(By.id("sign-in"));
        browser.signInAtIdp(username, password);
        browser.waitFor(By.id("signed-in-user"));
    }
}
