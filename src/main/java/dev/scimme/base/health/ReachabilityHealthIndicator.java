package dev.scimme.base.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.IntPredicate;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Up when a GET of one URL answers with a status that means "the server is there and working"
 * (which statuses those are depends on the URL: a 401 from an API asked without a token is fine).
 * Details name the URL, the status and the latency; never a token, none is sent.
 */
class ReachabilityHealthIndicator implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI url;
    private final IntPredicate healthyStatus;
    private final HttpClient client;

    ReachabilityHealthIndicator(URI url, IntPredicate healthyStatus) {
        this.url = url;
        this.healthyStatus = healthyStatus;
        this.client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Health health() {
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.discarding());
            Health.Builder health = healthyStatus.test(response.statusCode()) ? Health.up() : Health.down();
            return health.withDetail("url", url.toString())
                    .withDetail("status", response.statusCode())
                    .withDetail("latencyMs", elapsedMillis(started))
                    .build();
        } catch (IOException e) {
            return Health.down()
                    .withDetail("url", url.toString())
                    .withDetail("error", e.getClass().getSimpleName())
                    .withDetail("latencyMs", elapsedMillis(started))
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.unknown().withDetail("url", url.toString()).build();
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
