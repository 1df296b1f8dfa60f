package dev.scimme.security;

import dev.scimme.settings.AsgardeoProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one answer to "is the identity provider up?": its discovery document can be read (HTTP 200)
 * within {@link #TIMEOUT}, which is also what the first sign-in needs from it. Sign-in asks before
 * sending a user there (a browser sent to a dead IdP shows only its own connection error), and
 * {@code /actuator/health} reports the same answer. At sign-in a positive answer is trusted for
 * {@link #TRUSTED_FOR}, so a stream of sign-ins costs one probe, not one each.
 */
@Component
public class IdentityProviderAvailability {

    static final Duration TRUSTED_FOR = Duration.ofSeconds(5);
    /** For the connection and again for the answer: an IdP that accepts and never answers is down. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI discovery;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final AtomicReference<Instant> lastUp = new AtomicReference<>(Instant.MIN);

    public IdentityProviderAvailability(AsgardeoProperties settings, Clock clock) {
        this.discovery = settings.discoveryUri();
        this.clock = clock;
    }

    /** What the IdP answered just now, asked afresh. */
    public Probe probe() {
        Instant started = clock.instant();
        long startedNanos = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            Probe probe = new Probe(discovery, response.statusCode(), null, elapsedSince(startedNanos));
            if (probe.up()) {
                lastUp.set(started);
            }
            return probe;
        } catch (IOException e) {
            return new Probe(discovery, 0, e.getClass().getSimpleName(), elapsedSince(startedNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(discovery, 0, "interrupted", elapsedSince(startedNanos));
        }
    }

    /** Whether sign-in may send a user to the IdP: up now, or up within the last {@link #TRUSTED_FOR}. */
    boolean isReachable() {
        return lastUp.get().isAfter(clock.instant().minus(TRUSTED_FOR)) || probe().up();
    }

    private static Duration elapsedSince(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /**
     * One look at the discovery document.
     *
     * @param status the HTTP status, 0 when there was no answer
     * @param error why there was no answer (the exception's simple name), null when there was one
     */
    public record Probe(URI url, int status, @Nullable String error, Duration latency) {

        public boolean up() {
            return status == 200;
        }
    }
}
