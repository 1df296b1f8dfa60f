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
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * Fetches the signed-in user's SCIM resource from {@code /Me} with that user's access token; for
 * editing, also patches it and reads the API's other resources ({@code /Schemas}…) the same way.
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
    private final PatchResponseTranslator patchTranslator;
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
        this.patchTranslator = new PatchResponseTranslator(translator);
        this.meters = meters;
    }

    /**
     * The signed-in user's profile. A token the server rejects is refreshed once and the call
     * retried once; every failed call is logged as one WARN line without token or profile values.
     */
    public ProfileResult fetchProfile(SessionTokens session) {
        long started = System.nanoTime();
        ProfileResult result = call(
                session, token -> get(meEndpoint, token), translator::translate, ProfileResult.Failed::new, started);
        record("/Me", "get", started, result instanceof ProfileResult.Failed failed ? failed.failure() : null);
        return result;
    }

    /**
     * Another resource of the same SCIM API, e.g. {@code Schemas}: {@code {base}/{resource}}, where base is
     * the {@code /Me} endpoint without its last segment. The same token, refresh and logging rules as {@link
     * #fetchProfile}.
     */
    DocumentResult readDocument(SessionTokens session, String resource) {
        URI uri = meEndpoint.resolve(resource);
        long started = System.nanoTime();
        DocumentResult result = call(
                session, token -> get(uri, token), translator::translateDocument, DocumentResult.Failed::new, started);
        record(
                "/" + resource,
                resource,
                started,
                result instanceof DocumentResult.Failed failed ? failed.failure() : null);
        return result;
    }

    /**
     * One {@code PATCH /Me} with a SCIM PatchOp body. A token the server rejects is refreshed once and the
     * request sent once more (a 401 means the server did not apply it).
     *
     * @param ifMatch the entity tag to send as {@code If-Match}, or null to send none
     */
    PatchOutcome patchMe(SessionTokens session, byte[] patchOp, @Nullable String ifMatch) {
        long started = System.nanoTime();
        PatchOutcome outcome = call(
                session,
                token -> patch(token, patchOp, ifMatch),
                patchTranslator::translate,
                PatchOutcome.Failed::new,
                started);
        recordPatch(started, outcome);
        return outcome;
    }

    /** Sends with the session's token, and once more with a refreshed one when the server rejects it. */
    private <T> T call(
            SessionTokens session,
            Function<OAuth2AccessToken, MeResponse> send,
            Function<MeResponse, T> answered,
            Function<ProfileFailure, T> unanswered,
            long started) {
        try {
            OAuth2AccessToken token = session.accessToken();
            MeResponse response = send.apply(token);
            if (MeResponseTranslator.rejectsToken(response)) {
                response = send.apply(session.refreshAfterRejection(token));
            }
            return answered.apply(response);
        } catch (NotSignedInException e) {
            return unanswered.apply(failure(Kind.NOT_SIGNED_IN, "session has no usable tokens"));
        } catch (ResourceAccessException e) {
            return unanswered.apply(transportFailure(e, elapsed(started)));
        }
    }

    private void record(String what, String operation, long started, @Nullable ProfileFailure failure) {
        if (failure == null) {
            record(what, operation, started, null, 0, "");
        } else {
            record(what, operation, started, failure.kind().name(), failure.httpStatus(), failure.reason());
        }
    }

    /** A refusal or a version conflict is a failed save too: logged and counted like the other failures. */
    private void recordPatch(long started, PatchOutcome outcome) {
        if (outcome instanceof PatchOutcome.Failed failed) {
            record("PATCH /Me", "patch", started, failed.failure());
        } else if (outcome instanceof PatchOutcome.Refused refused) {
            // scimType is one of RFC 7644's keywords; anything else the server wrote stays out of the log.
            String scimType = refused.scimType() != null && refused.scimType().matches("[A-Za-z]{1,40}")
                    ? refused.scimType()
                    : "other";
            record("PATCH /Me", "patch", started, "REJECTED", refused.status(), "SCIM error, scimType " + scimType);
        } else if (outcome instanceof PatchOutcome.VersionConflict) {
            record("PATCH /Me", "patch", started, "VERSION_CONFLICT", 412, "If-Match is no longer the version");
        } else {
            record("PATCH /Me", "patch", started, null);
        }
    }

    /**
     * One WARN line for a failed call, without token or profile values; every call timed by operation and
     * outcome.
     *
     * @param failedKind the failure's kind, or null when the call succeeded
     */
    private void record(
            String what, String operation, long started, @Nullable String failedKind, int status, String reason) {
        Duration latency = elapsed(started);
        String outcome = failedKind == null ? "success" : failedKind.toLowerCase(Locale.ROOT);
        if (failedKind != null) {
            log.warn(
                    "SCIM {} failed: kind={} status={} latencyMs={} reason={}",
                    what,
                    failedKind,
                    status,
                    latency.toMillis(),
                    reason);
        }
        timers.computeIfAbsent(operation + " " + outcome, key -> timer(operation, outcome))
                .record(latency);
    }

    private MeResponse get(URI uri, OAuth2AccessToken token) {
        long maxBodyBytes = properties.maxBodySize().toBytes();
        return restClient
                .get()
                .uri(uri)
                .accept(SCIM_JSON)
                .attribute(BearerTokenInterceptor.ACCESS_TOKEN_ATTRIBUTE, token)
                .exchange((request, response) -> MeResponse.read(response, maxBodyBytes));
    }

    private MeResponse patch(OAuth2AccessToken token, byte[] patchOp, @Nullable String ifMatch) {
        long maxBodyBytes = properties.maxBodySize().toBytes();
        return restClient
                .patch()
                .uri(meEndpoint)
                .contentType(SCIM_JSON)
                .accept(SCIM_JSON)
                .headers(headers -> {
                    if (ifMatch != null) {
                        headers.set(HttpHeaders.IF_MATCH, ifMatch);
                    }
                })
                .attribute(BearerTokenInterceptor.ACCESS_TOKEN_ATTRIBUTE, token)
                .body(patchOp)
                .exchange((request, response) -> MeResponse.read(response, maxBodyBytes));
    }

    /**
     * No complete response arrived. A refused, reset or closed connection is unreachable even when
     * a status line came first, because a user can only retry; INVALID_RESPONSE is kept for
     * complete responses we cannot use. The response timeout covers the body too (the request
     * factory closes the stream when it expires), so an I/O failure after that deadline is a
     * timeout. A connect timeout means nothing answered at all, which makes the server unreachable.
     */
    private ProfileFailure transportFailure(ResourceAccessException e, Duration elapsed) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException) {
                return failure(Kind.UNREACHABLE, cause.getClass().getSimpleName());
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return failure(
                        Kind.TIMEOUT,
                        "no response within " + properties.responseTimeout().toMillis() + " ms");
            }
        }
        if (elapsed.compareTo(properties.responseTimeout()) >= 0) {
            return failure(
                    Kind.TIMEOUT,
                    "response not complete within "
                            + properties.responseTimeout().toMillis() + " ms");
        }
        Throwable root = e.getMostSpecificCause();
        return failure(Kind.UNREACHABLE, "I/O failure: " + root.getClass().getSimpleName());
    }

    private Timer timer(String operation, String outcome) {
        return Timer.builder("scim.me.calls")
                .description("Calls of the SCIM API, by operation (get and patch of /Me, or the resource read)"
                        + " and outcome (success or failure kind)")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .register(meters);
    }

    private static ProfileFailure failure(Kind kind, String reason) {
        return new ProfileFailure(kind, 0, null, reason);
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() {
        httpClient.close();
    }
}
