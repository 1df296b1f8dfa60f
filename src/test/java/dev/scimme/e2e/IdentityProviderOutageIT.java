package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;

/** Signing in while the IdP is down, then again once it is back, without restarting the app. */
class IdentityProviderOutageIT extends EndToEndTest {

    @AfterEach
    void bringTheIdpBack() {
        app.startIdp();
    }

    @Test
    void sign_in_while_the_idp_is_down_says_so_and_works_once_it_is_back() {
        app.stopIdp();
        // The app trusts a recent answer from the IdP for a few seconds: wait until it has noticed.
        awaitSignInStartSendingToTheUnavailablePage();
        browser.open(app.url("/"));
        browser.click(By.id("sign-in"));

        browser.waitForText(
                By.id("idp-unavailable-message"),
                "The identity provider at " + app.idp().issuer() + " cannot be reached");
        assertThat(browser.path()).isEqualTo("/sign-in-unavailable");

        app.startIdp();
        browser.click(By.id("idp-retry"));
        browser.signInAtIdp("demo", "demo");
        browser.waitFor(By.id("signed-in-user"));
        browser.open(app.url("/server-profile"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
    }

    /** Asks the app's sign-in start, as a cookie-less browser would, until it answers "unavailable". */
    private static void awaitSignInStartSendingToTheUnavailablePage() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest signInStart = HttpRequest.newBuilder(URI.create(app.url("/oauth2/authorization/asgardeo")))
                .build();
        new FluentWait<>(http)
                .withTimeout(Duration.ofSeconds(60))
                .pollingEvery(Duration.ofMillis(250))
                .withMessage("the app never noticed that the IdP is down")
                .until(client -> {
                    try {
                        return client.send(signInStart, HttpResponse.BodyHandlers.discarding())
                                .headers()
                                .firstValue("Location")
                                .filter(location -> location.endsWith("/sign-in-unavailable"))
                                .isPresent();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                });
    }
}
