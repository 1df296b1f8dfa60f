package dev.scimme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.scimme.Application;
import dev.scimme.localidp.LocalIdentityProvider;
import dev.scimme.localidp.LocalIdpSettings;
import dev.scimme.localidp.LocalUser;
import dev.scimme.localidp.RunningLocalIdp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of the app in one JVM, each on its own port, sharing one real redis-server and one
 * embedded IdP, as behind a load balancer with sticky sessions: a logout token reaches one of them
 * and must end the user's sessions on the other; Redis stopped or stalled must change nothing a
 * user sees but the reach of sign-out, and that catches up when Redis is back.
 */
class SignOutAcrossInstancesTest {

    /** Generous: "within a second" is the promise; CI machines are slow. */
    private static final Duration PROPAGATION = Duration.ofSeconds(10);

    private static RedisServerProcess redis;
    private static RunningLocalIdp idp;
    private static Instance a;
    private static Instance b;
    private final HttpClient idpToApp = HttpClient.newHttpClient();

    @BeforeAll
    static void startCluster() {
        redis = RedisServerProcess.start();
        int portA = freePort();
        int portB = freePort();
        List<String> appUrls = new ArrayList<>(LocalIdpSettings.appBaseUrlsFor(portA));
        appUrls.addAll(LocalIdpSettings.appBaseUrlsFor(portB));
        LocalIdpSettings defaults = LocalIdpSettings.defaults(freePort(), portA);
        idp = LocalIdentityProvider.start(new LocalIdpSettings(
                defaults.port(),
                appUrls,
                List.of(LocalUser.demo()),
                defaults.accessTokenLifetime(),
                defaults.refreshTokenLifetime(),
                defaults.scim(),
                UUID.randomUUID().toString(),
                true));
        a = Instance.start(portA, idp, redis);
        b = Instance.start(portB, idp, redis);
    }

    @AfterEach
    void redisRunsAgain() {
        if (!redis.isRunning()) {
            redis.startAgain();
        }
    }

    @AfterAll
    static void stopCluster() {
        for (AutoCloseable closeable : new AutoCloseable[] {a, b, idp, redis}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // Closing the rest matters more.
            }
        }
    }

    @Test
    void a_logout_token_sent_to_one_instance_ends_the_session_on_the_other_and_its_replay_is_refused_there() {
        HttpUser onA = HttpUser.signIn(a.url());
        assertThat(onA.isSignedIn()).isTrue();
        String logoutToken = logoutToken();

        assertThat(postLogout(b, logoutToken)).isEqualTo(200);

        waitUntil(() -> !onA.isSignedIn(), "the session on instance A ended");
        assertThat(postLogout(a, logoutToken))
                .as("the same token replayed to A")
                .isEqualTo(400);
        assertThat(redis.keys("*"))
                .as("Redis holds the sign-outs and the used jti, nothing else")
                .allMatch(key -> key.startsWith("scim-me:"));
    }

    @Test
    void with_redis_stopped_sign_out_ends_sessions_where_it_lands_and_reaches_the_others_once_redis_is_back() {
        HttpUser onA = HttpUser.signIn(a.url());
        HttpUser onB = HttpUser.signIn(b.url());
        ListAppender<ILoggingEvent> log = capture(RedisAvailability.class);
        redis.stop();
        waitUntil(() -> a.redisHealth() == Status.DOWN && b.redisHealth() == Status.DOWN, "redis DOWN in health");
        assertThat(a.status("/actuator/health"))
                .as("overall health names the outage")
                .isEqualTo(503);
        assertThat(a.status("/actuator/health/readiness"))
                .as("but the instance stays ready")
                .isEqualTo(200);

        HttpUser signedInDuringOutage = HttpUser.signIn(a.url());
        assertThat(signedInDuringOutage.open("/client-profile").statusCode()).isEqualTo(200);
        assertThat(postLogout(b, logoutToken())).isEqualTo(200);

        assertThat(onB.isSignedIn())
                .as("ended at once on the instance that received it")
                .isFalse();
        assertThat(onA.isSignedIn()).as("not yet on the other: Redis is down").isTrue();
        redis.startAgain();
        waitUntil(() -> a.redisHealth() == Status.UP && b.redisHealth() == Status.UP, "redis UP again, no restart");
        waitUntil(() -> !onA.isSignedIn(), "the queued sign-out ended the session on A");
        assertThat(a.status("/actuator/health")).isEqualTo(200);
        assertThat(log.list)
                .as("each instance says once that Redis went and once that it came back")
                .extracting(ILoggingEvent::getLevel)
                .containsExactly(Level.WARN, Level.WARN, Level.INFO, Level.INFO);
    }

    @Test
    void with_redis_stalled_pages_and_sign_in_answer_before_redis_does_and_sign_out_still_works_where_it_lands() {
        HttpUser onA = HttpUser.signIn(a.url());
        HttpUser onB = HttpUser.signIn(b.url());
        Duration stall = Duration.ofSeconds(8);
        Instant stallEnds = Instant.now().plus(stall);
        redis.command("CLIENT", "PAUSE", Long.toString(stall.toMillis()), "ALL");

        HttpUser signingIn = HttpUser.signIn(a.url());
        int serverProfile = signingIn.open("/server-profile").statusCode();
        int clientProfile = onB.open("/client-profile").statusCode();
        int logout = postLogout(b, logoutToken());
        Instant answered = Instant.now();

        assertThat(List.of(serverProfile, clientProfile, logout)).containsOnly(200);
        assertThat(answered)
                .as("everything answered while Redis was still stalled")
                .isBefore(stallEnds);
        assertThat(onB.isSignedIn()).isFalse();
        waitUntil(() -> !onA.isSignedIn(), "the sign-out reached A once Redis answered again");
    }

    private String logoutToken() {
        Map<String, Object> claims = new HashMap<>();
        claims.put("iss", idp.issuer());
        claims.put("aud", List.of(idp.clientId()));
        claims.put("iat", Instant.now().getEpochSecond());
        claims.put("exp", Instant.now().plusSeconds(120).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("sub", "demo");
        claims.put("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()));
        return idp.sign(claims);
    }

    private int postLogout(Instance instance, String logoutToken) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(instance.url() + "/logout/connect/back-channel/asgardeo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                .build();
        try {
            return idpToApp.send(request, HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ListAppender<ILoggingEvent> capture(Class<?> source) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(source)).addAppender(appender);
        return appender;
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PROPAGATION);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for: " + what).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One instance of the app, configured as an operator would: the IdP's settings and the Redis URL. */
    private record Instance(int port, ConfigurableApplicationContext context) implements AutoCloseable {

        static Instance start(int port, RunningLocalIdp idp, RedisServerProcess redis) {
            return new Instance(
                    port,
                    new SpringApplicationBuilder(Application.class)
                            .run(
                                    "--server.port=" + port,
                                    "--auth.asgardeo.issuer=" + idp.issuer(),
                                    "--auth.asgardeo.id=" + idp.clientId(),
                                    "--auth.asgardeo.secret=" + idp.clientSecret(),
                                    "--auth.asgardeo.me-endpoint=" + idp.meEndpoint(),
                                    "--spring.data.redis.url=" + redis.url(),
                                    "--vaadin.devmode.devTools.enabled=false",
                                    "--vaadin.devmode.liveReload.enabled=false"));
        }

        String url() {
            return "http://127.0.0.1:" + port;
        }

        Status redisHealth() {
            return context.getBean("redisHealthIndicator", HealthIndicator.class)
                    .health()
                    .getStatus();
        }

        int status(String path) {
            try {
                return HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(url() + path)).build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
