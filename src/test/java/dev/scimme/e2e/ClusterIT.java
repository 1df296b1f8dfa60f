package dev.scimme.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.localidp.ScimBehaviour;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two instances behind HAProxy ({@link Cluster}, started once for this class): what a user notices
 * when an instance dies or is restarted, and (once the shared Redis state lands) when a logout reaches
 * the other instance. Each test leaves both instances in service for the next.
 */
class ClusterIT {

    private static final String EMAIL = "demo@example.com";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Below the app's drain limit (spring.lifecycle.timeout-per-shutdown-phase, 20 s), above Tomcat's 5 s. */
    private static final Duration DRAIN_OBSERVED = Duration.ofSeconds(9);

    private static Cluster cluster;

    private Browser browser;

    @BeforeAll
    static void startCluster() {
        cluster = Cluster.start();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        cluster.idp().scimBehaviour().reset();
        browser = new Browser();
    }

    @AfterEach
    void closeBrowserAndBringBothInstancesBack() {
        cluster.idp().scimBehaviour().reset();
        browser.close();
        cluster.awaitBothInService();
    }

    @Test
    void killing_the_instance_that_holds_the_session_sends_the_next_action_through_sign_in_back_to_the_route()
            throws Exception {
        signInAt("/client-profile");
        AppInstance holder = instanceHoldingTheSession();

        browser.markThisPage();
        holder.kill();
        // The next action; the push connection may already have noticed and reloaded the page itself.
        clickIfPresent(By.id("profile-refresh"));

        browser.waitForAnotherPage();
        browser.waitForText(By.id("profile-email"), EMAIL, PATIENCE);
        assertThat(browser.path()).isEqualTo("/client-profile");
        assertThat(instanceHoldingTheSession())
                .as("served by the surviving instance")
                .isEqualTo(cluster.other(holder));
        assertThat(browser.driver.findElements(By.id("profile-error"))).isEmpty();
        assertThat(browser.isShowingSignInForm()).isFalse();
        // Push works on the new instance: a refresh arrives through it again.
        cluster.idp().scimBehaviour().delay(Duration.ofMillis(300));
        browser.click(By.id("profile-refresh"));
        browser.waitForText(By.id("profile-email"), EMAIL);
    }

    @Test
    void an_instance_told_to_stop_finishes_the_profile_load_in_flight_and_takes_no_new_sessions() throws Exception {
        signInAt("/server-profile");
        AppInstance leaving = instanceHoldingTheSession();

        browser.click(By.cssSelector("nav a[href='']"));
        browser.waitFor(By.id("link-server-profile"));

        try (ScimBehaviour.Hold hold = cluster.idp().scimBehaviour().holdAnswers()) {
            // In-app navigation: the profile loads in the navigation's UIDL request, which stays open while
            // /Me is held. (A reload would hold the page request itself, and WebDriver would wait for it.)
            browser.click(By.cssSelector("nav a[href='server-profile']"));
            assertThat(hold.awaitRequest(PATIENCE))
                    .as("the navigation's /Me request reached the IdP")
                    .isTrue();

            leaving.terminate();
            ClusterProcesses.await(
                    () -> !cluster.loadBalancer().seesUp(leaving),
                    PATIENCE,
                    "HAProxy takes " + leaving.name() + " out",
                    leaving::logTail);
            for (int i = 0; i < 4; i++) {
                assertThat(newSessionLandsOn())
                        .as("a new session")
                        .isEqualTo(cluster.other(leaving).name());
            }
            // Without draining, Tomcat gives a running request 5 s and the JVM ends soon after: an
            // instance that waits for its request is still there well past that.
            assertThat(leaving.awaitExit(DRAIN_OBSERVED))
                    .as("%s ended while its request was in flight; log:%n%s", leaving.name(), leaving.logTail())
                    .isFalse();

            hold.release();
            browser.waitForText(By.id("profile-email"), EMAIL, PATIENCE);
            assertThat(browser.driver.findElements(By.id("profile-error"))).isEmpty();
            assertThat(leaving.awaitExit(PATIENCE))
                    .as("stopped after its last request")
                    .isTrue();
        }
    }

    @Test
    void restarting_both_instances_one_after_the_other_while_users_click_gives_no_server_error() throws Exception {
        signInAt("/server-profile");
        long errorsBefore = cluster.loadBalancer().serverErrorsAnswered();
        List<Long> pidsBefore =
                cluster.instances().stream().map(AppInstance::pid).toList();
        AtomicBoolean restarting = new AtomicBoolean(true);
        CompletableFuture<Void> rollingRestart = CompletableFuture.runAsync(() -> {
            try {
                for (AppInstance instance : cluster.instances()) {
                    instance.terminate();
                    if (!instance.awaitExit(PATIENCE)) {
                        throw new IllegalStateException(instance.name() + " did not stop:\n" + instance.logTail());
                    }
                    instance.start();
                    cluster.awaitInService(instance);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                restarting.set(false);
            }
        });
        ConcurrentMap<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> httpUsers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            httpUsers.add(CompletableFuture.runAsync(() -> loadPagesWhile(restarting, answers)));
        }

        int profileLoads = 0;
        String[] routes = {"/server-profile", "/client-profile"};
        while (restarting.get()) {
            String route = routes[profileLoads % 2];
            browser.open(cluster.loadBalancer().url(route));
            browser.waitForText(By.id("profile-email"), EMAIL, PATIENCE);
            assertThat(browser.path()).isEqualTo(route);
            assertThat(browser.driver.findElements(By.id("profile-error"))).isEmpty();
            profileLoads++;
        }
        rollingRestart.join();
        CompletableFuture.allOf(httpUsers.toArray(CompletableFuture[]::new)).join();

        assertThat(cluster.instances().stream().map(AppInstance::pid).toList())
                .as("both instances were restarted")
                .doesNotContainAnyElementsOf(pidsBefore);
        assertThat(profileLoads).as("profile loads in the browser").isGreaterThan(2);
        assertThat(answers.keySet())
                .as("answers to the HTTP users, by status (count: " + answers + ")")
                .allMatch(status -> status.startsWith("2") || status.startsWith("3"));
        assertThat(cluster.loadBalancer().serverErrorsAnswered() - errorsBefore)
                .as("5xx answers counted by HAProxy")
                .isZero();
    }

    // --- Shared state in Redis (issue 11, item 1): the contract the redis-state branch implements. ---------

    @Test
    void a_logout_token_sent_to_the_other_instance_ends_the_session_and_the_open_tab_shows_the_sign_in()
            throws Exception {
        signInAt("/client-profile");
        AppInstance other = cluster.other(instanceHoldingTheSession());

        assertThat(postLogout(other, cluster.idp().sign(logoutClaims()))).isEqualTo(200);
        // The IdP ended its own session as well: that is why it sent the logout.
        browser.driver.executeCdpCommand(
                "Network.deleteCookies", Map.of("name", "LOCALIDPSESSION", "domain", "localhost"));
        browser.click(By.id("profile-refresh"));
        browser.waitFor(By.name("username"), PATIENCE);
        assertThat(browser.isShowingSignInForm()).isTrue();
    }

    @Test
    void a_logout_token_replayed_to_the_other_instance_is_refused() throws Exception {
        signInAt("/client-profile");
        AppInstance holder = instanceHoldingTheSession();
        String logoutToken = cluster.idp().sign(logoutClaims());

        assertThat(postLogout(holder, logoutToken)).isEqualTo(200);
        assertThat(postLogout(cluster.other(holder), logoutToken))
                .as("replayed")
                .isEqualTo(400);
    }

    @Test
    void
            with_redis_stopped_both_instances_serve_both_routes_and_a_logout_received_meanwhile_reaches_the_other_once_it_is_back()
                    throws Exception {
        cluster.redis().stop();
        try {
            signInAt("/server-profile");
            browser.open(cluster.loadBalancer().url("/client-profile"));
            browser.waitForText(By.id("profile-email"), EMAIL, PATIENCE);
            for (AppInstance instance : cluster.instances()) {
                assertThat(instance.readiness())
                        .as(instance.name() + " readiness")
                        .isEqualTo(200);
            }
            AppInstance other = cluster.other(instanceHoldingTheSession());
            assertThat(postLogout(other, cluster.idp().sign(logoutClaims())))
                    .as("a logout token received while Redis is down")
                    .isEqualTo(200);
            assertThat(sessionIsSignedIn())
                    .as("the holder cannot hear of it while Redis is down")
                    .isTrue();
        } finally {
            cluster.redis().startAgain();
        }
        ClusterProcesses.await(
                () -> !sessionIsSignedIn(),
                PATIENCE,
                "the logout queued while Redis was down ending the session on the other instance",
                () -> "");
        browser.driver.executeCdpCommand(
                "Network.deleteCookies", Map.of("name", "LOCALIDPSESSION", "domain", "localhost"));
        browser.click(By.id("profile-refresh"));
        browser.waitFor(By.name("username"), PATIENCE);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private void signInAt(String route) {
        browser.open(cluster.loadBalancer().url(route));
        browser.signInAtIdp("demo", "demo");
        browser.waitForText(By.id("profile-email"), EMAIL, PATIENCE);
        assertThat(browser.path()).isEqualTo(route);
    }

    /** HAProxy's stickiness cookie names the instance; WebDriver reads it although it is HttpOnly. */
    private AppInstance instanceHoldingTheSession() {
        Cookie cookie = browser.driver.manage().getCookieNamed("SERVERID");
        assertThat(cookie).as("HAProxy's stickiness cookie").isNotNull();
        return cluster.instance(cookie.getValue());
    }

    private void clickIfPresent(By locator) {
        try {
            browser.driver.findElement(locator).click();
        } catch (org.openqa.selenium.WebDriverException pageAlreadyGone) {
            // The page reloaded on its own when push noticed: that is the next action already.
        }
    }

    /** A browser that has never been here: which instance HAProxy gives its first page to. */
    private String newSessionLandsOn() throws IOException, InterruptedException {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(cluster.loadBalancer().url("/")))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("SERVERID="))
                .map(value -> value.substring("SERVERID=".length(), value.indexOf(';')))
                .findFirst()
                .orElse("(no SERVERID cookie)");
    }

    /** A visitor reloading the home page and asking for a profile (a redirect to sign-in), with its own cookies. */
    private void loadPagesWhile(AtomicBoolean running, ConcurrentMap<String, AtomicInteger> answers) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        // Not the readiness probe: its 503 from an instance that is leaving is the signal HAProxy acts on.
        String[] paths = {"/", "/server-profile"};
        for (int i = 0; running.get(); i++) {
            String outcome;
            try {
                outcome = Integer.toString(http.send(
                                HttpRequest.newBuilder(URI.create(
                                                cluster.loadBalancer().url(paths[i % paths.length])))
                                        .timeout(Duration.ofSeconds(30))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode());
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answers.computeIfAbsent(outcome, key -> new AtomicInteger()).incrementAndGet();
            // Pacing, not waiting: a person clicks a few times a second. Unpaced, three loops take the
            // CPU the restarting instance needs on this 2-core machine and the restart takes minutes.
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private Map<String, Object> logoutClaims() {
        return LogoutClaims.forDemo(cluster.idp());
    }

    /**
     * Whether the browser's session is still signed in, asked over HTTP with the browser's own cookies
     * (the app's session and HAProxy's stickiness) so that the page in the tab is left alone.
     */
    private boolean sessionIsSignedIn() {
        String cookies = browser.driver.manage().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")
                        || cookie.getName().equals("SERVERID"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(
                                                    cluster.loadBalancer().url("/server-profile")))
                                            .header("Cookie", cookies)
                                            .header("Accept", "text/html")
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The IdP's back-channel call, straight to one instance as a load balancer might route it. */
    private static int postLogout(AppInstance instance, String logoutToken) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.url("/logout/connect/back-channel/asgardeo")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
