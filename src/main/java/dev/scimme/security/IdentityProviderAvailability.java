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
import org.springframework.stereotype.Component;

/**
 * Whether the IdP answers right now, asked before a user is sent there: a browser sent to a dead
 * IdP shows only its own connection error. A positive answer is trusted for {@link #TRUSTED_FOR},
 * so a stream of sign-ins costs one probe, not one each.
 */
@Component
class IdentityProviderAvailability {

    static final Duration TRUSTED_FOR = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final URI discovery;
    private final Clock clock;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final AtomicReference<Instant> lastAnswered = new AtomicReference<>(Instant.MIN);

    IdentityProviderAvailability(AsgardeoProperties settings, Clock clock) {
        this.discovery = settings.discoveryUri();
        this.clock = clock;
    }

    boolean isReachable() {
        Instant now = clock.instant();
        if (lastAnswered.get().isAfter(now.minus(TRUSTED_FOR))) {
            return true;
        }
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
            boolean answered = response.statusCode() < 500;
            if (answered) {
                lastAnswered.set(now);
            }
            return answered;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
