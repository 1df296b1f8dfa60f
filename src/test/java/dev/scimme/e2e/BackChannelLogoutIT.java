package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.RunningLocalIdp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** OpenID Connect Back-Channel Logout: the IdP ends a user's app sessions; nobody else can. */
class BackChannelLogoutIT extends EndToEndTest {

    private final HttpClient idpToApp = HttpClient.newHttpClient();

    @BeforeEach
    void signIn() {
        browser.open(app.url("/client-profile"));
        browser.signInAtIdp("demo", "demo");
        browser.waitForText(By.id("profile-email"), "demo@example.com");
    }

    @Test
    void forged_expired_and_misaddressed_logout_tokens_end_nothing() throws Exception {
        try (RunningLocalIdp impostor = LocalIdentityProvider.start(LocalIdpSettings.defaults(0, 1))) {
            Map<String, Object> forged = logoutClaims();
            forged.put("iss", app.idp().issuer()); // right issuer, wrong key
            assertThat(postLogout(impostor.sign(forged))).isEqualTo(400);
        }
        Map<String, Object> expired = logoutClaims();
        expired.put("iat", Instant.now().minusSeconds(3600).getEpochSecond());
        expired.put("exp", Instant.now().minusSeconds(1800).getEpochSecond());
        assertThat(postLogout(app.idp().sign(expired))).isEqualTo(400);
        Map<String, Object> otherAudience = logoutClaims();
        otherAudience.put("aud", List.of("some-other-client"));
        assertThat(postLogout(app.idp().sign(otherAudience))).isEqualTo(400);

        assertStillSignedIn();
    }

    @Test
    void a_valid_logout_token_ends_the_session_and_a_replay_of_it_ends_nothing() throws Exception {
        String logoutToken = app.idp().sign(logoutClaims());

        assertThat(postLogout(logoutToken)).isEqualTo(200);
        // The IdP ended its own session as well: that is why it sent the logout.
        browser.driver.executeCdpCommand(
                "Network.deleteCookies", Map.of("name", "LOCALIDPSESSION", "domain", "localhost"));
        browser.click(By.id("profile-refresh"));
        browser.waitFor(By.name("username"));
        assertThat(browser.isShowingSignInForm())
                .as("the tab noticed and shows the signed-out state")
                .isTrue();

        browser.signInAtIdp("demo", "demo");
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        assertThat(postLogout(logoutToken)).as("replayed").isEqualTo(400);
        assertStillSignedIn();
    }

    private void assertStillSignedIn() {
        browser.click(By.id("profile-refresh"));
        browser.waitForText(By.id("profile-email"), "demo@example.com");
        assertThat(browser.path()).isEqualTo("/client-profile");
        assertThat(browser.isShowingSignInForm()).isFalse();
    }

    private Map<String, Object> logoutClaims() {
        return LogoutClaims.forDemo(app.idp());
    }

    private int postLogout(String logoutToken) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url("/logout/connect/back-channel/asgardeo")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                .build();
        return idpToApp.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
