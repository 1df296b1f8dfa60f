package dev.scimme.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;

/**
 * Figure 2: in-app navigations in headless Chromium, timed inside the page (a click on the home view's
 * link, then a MutationObserver on the profile's email cell), so WebDriver's round trips are not counted.
 */
final class BrowserTiming {

    static final int WARM_UP = 20;
    static final int NAVIGATIONS = 20;
    static final int API_WARM_UP = 20;
    static final int API_CALLS = 50;

    /** Clicks the link, then reports [ms until #profile-email exists, ms until it shows the email]. */
    private static final String NAVIGATE_AND_TIME = """
            const link = document.getElementById(arguments[0]);
            const email = arguments[1];
            const done = arguments[arguments.length - 1];
            const started = performance.now();
            let layout = null;
            const check = () => {
              const cell = document.getElementById('profile-email');
              const now = performance.now() - started;
              if (cell && layout === null) { layout = now; }
              if (cell && cell.textContent.includes(email)) { observer.disconnect(); done([layout, now]); }
            };
            const observer = new MutationObserver(check);
            observer.observe(document.body, {subtree: true, childList: true, characterData: true});
            link.click();
            """;

    private BrowserTiming() {}

    static Figure run(ProductionApp app) {
        Figure figure = new Figure(
                2,
                "Time to profile in a real browser",
                "Headless Chromium (" + Machine.chromium() + ") signed in through the IdP's form, against the "
                        + "production jar. Each navigation starts on the home view (`/`) and clicks its RouterLink "
                        + "to the route, an in-app navigation as a user makes it; the page measures with "
                        + "`performance.now()` and a `MutationObserver` when `#profile-email` exists (layout) and "
                        + "when it shows the email (data): DOM updated, before paint. " + WARM_UP + " warm-up "
                        + "navigations, then " + NAVIGATIONS + " measured, per route and API latency (the embedded "
                        + "IdP's SCIM delay). Medians; p90 in brackets. Overhead = time − API round trip, where the "
                        + "API round trip is the median of " + API_CALLS + " bare JDK `HttpClient` GETs of the same "
                        + "`/scim2/Me` with the same user's access token, measured in the same run at the same delay "
                        + "(so the IdP's own work per call is not counted as the app's).");
        ChromeDriver driver = Headless.start();
        try {
            Headless.signInToServerProfile(driver, app);
            for (Duration latency : List.of(Duration.ZERO, Duration.ofMillis(200))) {
                app.idp.scimBehaviour().delay(latency);
                double api = apiRoundTrip(app).median();
                List<double[]> server = measure(driver, "link-server-profile");
                List<double[]> client = measure(driver, "link-client-profile");
                Stats serverData =
                        Stats.of(server.stream().map(sample -> sample[1]).toList());
                Stats clientLayout =
                        Stats.of(client.stream().map(sample -> sample[0]).toList());
                Stats clientData =
                        Stats.of(client.stream().map(sample -> sample[1]).toList());
                String at = " (API " + latency.toMillis() + " ms)";
                figure.info("bare API round trip, median" + at, Figure.ms(api));
                figure.row(
                        "/server-profile data visible − API" + at,
                        withP90(serverData, api),
                        "≤ 50 ms",
                        serverData.median() - api <= 50);
                figure.row(
                        "/client-profile layout visible" + at,
                        withP90(clientLayout, 0),
                        "≤ 50 ms",
                        clientLayout.median() <= 50);
                figure.row(
                        "/client-profile data visible − API" + at,
                        withP90(clientData, api),
                        "≤ 60 ms",
                        clientData.median() - api <= 60);
            }
        } finally {
            app.idp.scimBehaviour().reset();
            driver.quit();
        }
        return figure;
    }

    /** Bare GETs of {@code /scim2/Me} with the signed-in user's current access token, as the app makes them. */
    private static Stats apiRoundTrip(ProductionApp app) {
        List<OAuth2Authorization> issued = app.idp.issuedAuthorizations();
        String accessToken = issued.getLast().getAccessToken().getToken().getTokenValue();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.idp.meEndpoint()))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/scim+json")
                .build();
        List<Double> samples = new ArrayList<>();
        try {
            for (int i = 0; i < API_WARM_UP + API_CALLS; i++) {
                long started = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                double millis = (System.nanoTime() - started) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("bare /scim2/Me answered " + response.statusCode());
                }
                if (i >= API_WARM_UP) {
                    samples.add(millis);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Stats.of(samples);
    }

    private static String withP90(Stats stats, double minus) {
        return String.format("%.1f ms [%.1f]", stats.median() - minus, stats.percentile(90) - minus);
    }

    private static List<double[]> measure(ChromeDriver driver, String linkId) {
        List<double[]> samples = new ArrayList<>();
        for (int i = 0; i < WARM_UP + NAVIGATIONS; i++) {
            goHome(driver);
            @SuppressWarnings("unchecked")
            List<Number> times =
                    (List<Number>) driver.executeAsyncScript(NAVIGATE_AND_TIME, linkId, HttpUser.PROFILE_EMAIL);
            if (i >= WARM_UP) {
                samples.add(
                        new double[] {times.get(0).doubleValue(), times.get(1).doubleValue()});
            }
        }
        return samples;
    }

    private static void goHome(ChromeDriver driver) {
        // The shell's "Home" link (MainLayout).
        driver.executeScript("document.querySelector(\"nav a[href='']\").click()");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.and(
                        ExpectedConditions.presenceOfElementLocated(By.id("link-server-profile")),
                        ExpectedConditions.numberOfElementsToBe(By.id("profile-email"), 0)));
    }
}
