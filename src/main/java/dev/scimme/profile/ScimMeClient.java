package dev.scimme.profile;

import dev.scimme.profile.ProfileFailure.Kind;
import dev.scimme.security.NotSignedInException;
import dev.scimme.security.SessionTokens;
import dev.scimme.settings.ScimMeProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Fetches the signed-in user's SCIM resource from {@code /Me} with that user's access token.
 * Every outcome comes back as a {@link ProfileResult}; nothing is thrown for a failure the user
 * or the server could cause. Thread-safe: one instance serves all sessions over one shared
 * {@link HttpClient}, whose connections are reused and which {@link #close()} shuts down.
 */
public class ScimMeClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScimMeClient.class);
    private static final MediaType SCIM_JSON = MediaType.parseMediaType("application/scim+json");

    private final URI meEndpoint;
    private final ScimMeProperties properties;
    private final HttpClient httpClient;
    private final RestClient restClient;
    private final MeResponseTranslator translator;
    private final MeterRegistry meters;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ScimMeClient(URI meEndpoint, ScimMeProperties properties, MeterRegistry meters) {
        if (!meEndpoint.isAbsolute()
                || meEndpoint.getHost() == null
                || !("https".equalsIgnoreCase(meEndpoint.getScheme())
                        || "http".equalsIgnoreCase(meEndpoint.getScheme()))) {
            throw new IllegalArgumentException(
                    "the SCIM /Me endpoint must be an absolute http(s) URL, was " + meEndpoint);
        }
        this.meEndpoint = meEndpoint;
        this.properties = properties;
        // Never follow redirects: the bearer token must not travel to wherever a Location points.
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.responseTimeout());
        // A user resource is small; without decompression the size limit counts the bytes on the wire.
        requestFactory.enableCompression(false);
        this.restClient = RestClient.builder()
                .requestFactory(requestFactory)
                .requestInterceptor(new BearerTokenInterceptor())
                .build();
        this.translator = new MeResponseTranslator(properties.maxBodySize());
        this.meters = meters;
    }

    /**
     * The signed-in user's profile. A token the server rejects is refreshed once and the call
     * retried once; every failed call is logged as one WARN line without token or profile values.
     */
    public ProfileResult fetchProfile(SessionTokens session) {
        long started = System.nanoTime();
        ProfileResult result = attempt(session, started);
        Duration latency = elapsed(started);
        String outcome = "success";
        if (result instanceof ProfileResult.Failed failed) {
            ProfileFailure failure = failed.failure();
            outcome = failure.kind().name().toLowerCase(Locale.ROOT);
            log.warn(
                    "SCIM /Me failed: kind={} status={} latencyMs={} reason={}",
                    failure.kind(),
                    failure.httpStatus(),
                    latency.toMillis(),
                    failure.reason());
        }
        timers.computeIfAbsent(outcome, this::timer).record(latency);
        return result;
    }

    private ProfileResult attempt(SessionTokens session, long started) {
        try {
            OAuth2AccessToken token = session.accessToken();
            MeResponse response = get(token);
            if (MeResponseTranslator.rejectsToken(response)) {
                response = get(session.refreshAfterRejection(token));
            }
            return translator.translate(response);
        } catch (NotSignedInException e) {
            return failed(Kind.NOT_SIGNED_IN, "session has no usable tokens");
        } catch (ResourceAccessException e) {
            return transportFailure(e, elapsed(started));
        }
    }

    private MeResponse get(OAuth2AccessToken token) {
        long maxBodyBytes = properties.maxBodySize().toBytes();
        return restClient
                .get()
                .uri(meEndpoint)
                .accept(SCIM_JSON)
                .attribute(BearerTokenInterceptor.ACCESS_TOKEN_ATTRIBUTE, token)
                .exchange((request, response) -> MeResponse.read(response, maxBodyBytes));
    }

    /**
     * No complete response arrived. A refused, reset or closed connection is unreachable even when
     * a status line came first, because a user can only retry; INVALID_RESPONSE is kept for
     * complete responses we cannot use. The response timeout covers the body too (the request
     * factory closes the stream when it expires), so an I/O failure after that deadline is a
     * timeout. A connect timeout means nothing answered at all, which makes the server unreachable.
     */
    private ProfileResult transportFailure(ResourceAccessException e, Duration elapsed) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                return failed(Kind.UNREACHABLE, cause.getClass().getSimpleName());
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return failed(
                        Kind.TIMEOUT,
                        "no response within " + properties.responseTimeout().toMillis() + " ms");
            }
        }
        if (elapsed.compareTo(properties.responseTimeout()) >= 0) {
            return failed(
                    Kind.TIMEOUT,
                    "response not complete within "
                            + properties.responseTimeout().toMillis() + " ms");
        }
        Throwable root = e.getMostSpecificCause();
        return failed(Kind.UNREACHABLE, "I/O failure: " + root.getClass().getSimpleName());
    }

    private Timer timer(String outcome) {
        return Timer.builder("scim.me.calls")
                .description("Calls of SCIM /Me, by outcome (success or failure kind)")
                .tag("outcome", outcome)
                .register(meters);
    }

    private static ProfileResult failed(Kind kind, String reason) {
        return new ProfileResult.Failed(new ProfileFailure(kind, 0, null, reason));
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() {
        httpClient.close();
    }
}
