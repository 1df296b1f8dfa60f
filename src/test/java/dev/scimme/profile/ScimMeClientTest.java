package dev.scimme.profile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.scimme.profile.ProfileFailure.Kind;
import dev.scimme.settings.ScimMeProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

@ExtendWith(OutputCaptureExtension.class)
class ScimMeClientTest {

    private static final String ME = "/t/acme/scim2/Me";
    private static final String SCIM_JSON = "application/scim+json";

    @RegisterExtension
    static WireMockExtension scim = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final List<ScimMeClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(ScimMeClient::close);
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private ScimMeClient client() {
        return client(new ScimMeProperties(null, null, null));
    }

    private ScimMeClient client(ScimMeProperties properties) {
        return client(URI.create(scim.baseUrl() + ME), properties);
    }

    private ScimMeClient client(URI endpoint, ScimMeProperties properties) {
        ScimMeClient client = new ScimMeClient(endpoint, properties, meters);
        clients.add(client);
        return client;
    }

    private static void meAnswers(ResponseDefinitionBuilder response) {
        scim.stubFor(get(ME).willReturn(response));
    }

    private static ResponseDefinitionBuilder scimJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", SCIM_JSON).withBody(body);
    }

    private static ScimProfile loaded(ProfileResult result) {
        assertThat(result).isInstanceOf(ProfileResult.Loaded.class);
        return ((ProfileResult.Loaded) result).profile();
    }

    private static ProfileFailure failure(ProfileResult result) {
        assertThat(result).isInstanceOf(ProfileResult.Failed.class);
        return ((ProfileResult.Failed) result).failure();
    }

    private ProfileFailure fetchFailure() {
        return failure(client().fetchProfile(FakeSessionTokens.withToken("token-1")));
    }

    // ---- profiles that load

    @Test
    void an_asgardeo_profile_with_emails_as_strings_loads() {
        meAnswers(scimJson(ScimUserParserTest.asgardeoUser()));

        ScimProfile profile = loaded(client().fetchProfile(FakeSessionTokens.withToken("token-1")));

        assertThat(profile.userName()).isEqualTo("DEFAULT/kim@example.com");
        assertThat(profile.primaryEmail()).map(ScimEmail::value).contains("kim@example.com");
    }

    @Test
    void a_profile_with_emails_as_objects_loads() {
        meAnswers(scimJson("""
                {"userName":"kim","emails":[{"value":"kim@home.example","type":"home"},
                                            {"value":"kim@work.example","type":"work","primary":true}]}
                """));

        ScimProfile profile = loaded(client().fetchProfile(FakeSessionTokens.withToken("token-1")));

        assertThat(profile.emails())
                .extracting(ScimEmail::value)
                .containsExactly("kim@work.example", "kim@home.example");
    }

    @Test
    void a_profile_with_mixed_emails_loads() {
        meAnswers(scimJson("""
                {"userName":"kim","emails":["kim@example.com",{"value":"kim@work.example","type":"work"}]}
                """));

        ScimProfile profile = loaded(client().fetchProfile(FakeSessionTokens.withToken("token-1")));

        assertThat(profile.emails())
                .containsExactly(
                        new ScimEmail("kim@example.com", null, true), new ScimEmail("kim@work.example", "work", false));
    }

    @Test
    void plain_application_json_and_a_charset_are_accepted() {
        meAnswers(aResponse()
                .withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody("{\"userName\":\"kim\"}"));

        assertThat(loaded(client().fetchProfile(FakeSessionTokens.withToken("token-1")))
                        .userName())
                .isEqualTo("kim");
    }

    @Test
    void a_hostile_value_comes_through_the_client_unchanged() {
        meAnswers(scimJson("{\"userName\":\"kim\",\"name\":{\"givenName\":\"<img src=x onerror=alert(1)>\"}}"));

        ScimProfile profile = loaded(client().fetchProfile(FakeSessionTokens.withToken("token-1")));

        assertThat(profile.givenName()).contains("<img src=x onerror=alert(1)>");
    }

    // ---- what goes on the wire

    @Test
    void the_request_carries_the_sessions_bearer_token_and_asks_for_scim_json_without_content_type() {
        meAnswers(scimJson("{\"userName\":\"kim\"}"));

        client().fetchProfile(FakeSessionTokens.withToken("token-of-kim"));

        List<LoggedRequest> requests = scim.findAll(getRequestedFor(urlEqualTo(ME)));
        assertThat(requests).singleElement().satisfies(request -> {
            assertThat(request.getHeaders().getHeader("Authorization").values()).containsExactly("Bearer token-of-kim");
            assertThat(request.getHeaders().getHeader("Accept").values()).containsExactly(SCIM_JSON);
            assertThat(request.containsHeader("Content-Type")).isFalse();
            assertThat(request.containsHeader("Cookie")).isFalse();
        });
    }

    @Test
    void two_sessions_used_concurrently_each_send_their_own_token() throws Exception {
        scim.stubFor(get(ME).withHeader("Authorization", equalTo("Bearer token-of-kim"))
                .willReturn(scimJson("{\"userName\":\"kim\"}").withFixedDelay(20)));
        scim.stubFor(get(ME).withHeader("Authorization", equalTo("Bearer token-of-lee"))
                .willReturn(scimJson("{\"userName\":\"lee\"}").withFixedDelay(20)));
        ScimMeClient client = client();
        FakeSessionTokens kim = FakeSessionTokens.withToken("token-of-kim");
        FakeSessionTokens lee = FakeSessionTokens.withToken("token-of-lee");

        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> "kim:" + loaded(client.fetchProfile(kim)).userName());
            calls.add(() -> "lee:" + loaded(client.fetchProfile(lee)).userName());
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<String> outcome : pool.invokeAll(calls)) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes).containsOnly("kim:kim", "lee:lee").hasSize(20);
        assertThat(scim.findAll(
                        getRequestedFor(urlEqualTo(ME)).withHeader("Authorization", equalTo("Bearer token-of-kim"))))
                .hasSize(10);
        assertThat(scim.findAll(
                        getRequestedFor(urlEqualTo(ME)).withHeader("Authorization", equalTo("Bearer token-of-lee"))))
                .hasSize(10);
    }

    @Test
    void a_redirect_is_not_followed_so_the_token_stays_with_the_scim_server() {
        meAnswers(aResponse().withStatus(302).withHeader("Location", scim.baseUrl() + "/elsewhere"));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED_STATUS);
        assertThat(failure.httpStatus()).isEqualTo(302);
        assertThat(scim.findAll(getRequestedFor(urlEqualTo("/elsewhere")))).isEmpty();
    }

    // ---- the session

    @Test
    void a_signed_out_session_is_not_signed_in_and_sends_nothing() {
        ProfileFailure failure = failure(client().fetchProfile(FakeSessionTokens.signedOut()));

        assertThat(failure.kind()).isEqualTo(Kind.NOT_SIGNED_IN);
        assertThat(failure.httpStatus()).isZero();
        assertThat(scim.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_rejected_token_is_refreshed_once_and_the_retry_carries_the_new_token() {
        scim.stubFor(get(ME).withHeader("Authorization", equalTo("Bearer stale"))
                .willReturn(
                        aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        scim.stubFor(get(ME).withHeader("Authorization", equalTo("Bearer fresh"))
                .willReturn(scimJson("{\"userName\":\"kim\"}")));
        FakeSessionTokens session = FakeSessionTokens.withTokenRefreshedTo("stale", "fresh");

        ScimProfile profile = loaded(client().fetchProfile(session));

        assertThat(profile.userName()).isEqualTo("kim");
        assertThat(session.rejectedTokens()).containsExactly(session.accessToken());
        List<LoggedRequest> requests = scim.findAll(getRequestedFor(urlEqualTo(ME)));
        assertThat(requests)
                .extracting(request -> request.getHeader("Authorization"))
                .containsExactly("Bearer stale", "Bearer fresh");
    }

    @Test
    void a_token_rejected_twice_is_token_rejected_without_a_third_request() {
        meAnswers(aResponse().withStatus(401));
        FakeSessionTokens session = FakeSessionTokens.withTokenRefreshedTo("stale", "also-stale");

        ProfileFailure failure = failure(client().fetchProfile(session));

        assertThat(failure.kind()).isEqualTo(Kind.TOKEN_REJECTED);
        assertThat(failure.httpStatus()).isEqualTo(401);
        assertThat(session.rejectedTokens()).hasSize(1);
        assertThat(scim.findAll(getRequestedFor(urlEqualTo(ME)))).hasSize(2);
    }

    @Test
    void a_refresh_that_fails_after_a_rejection_is_not_signed_in() {
        meAnswers(aResponse().withStatus(401));

        ProfileFailure failure = failure(client().fetchProfile(FakeSessionTokens.refreshRefused("stale")));

        assertThat(failure.kind()).isEqualTo(Kind.NOT_SIGNED_IN);
        assertThat(scim.findAll(getRequestedFor(urlEqualTo(ME)))).hasSize(1);
    }

    // ---- status codes

    @Test
    void a_403_challenging_for_scope_is_scope_missing() {
        meAnswers(aResponse()
                .withStatus(403)
                .withHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"internal_login\""));

        assertThat(fetchFailure().kind()).isEqualTo(Kind.SCOPE_MISSING);
    }

    @Test
    void the_scope_a_403_challenge_names_reaches_the_failure() {
        meAnswers(aResponse()
                .withStatus(403)
                .withHeader(
                        "WWW-Authenticate",
                        "Bearer realm=\"scim\", error=\"insufficient_scope\","
                                + " error_description=\"needs scope=admin\", scope=\"internal_login groups:read\""));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.SCOPE_MISSING);
        assertThat(failure.missingScopes()).containsExactly("internal_login", "groups:read");
    }

    @Test
    void a_403_that_names_no_scope_asks_for_internal_login() {
        meAnswers(aResponse().withStatus(403).withHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\""));

        assertThat(fetchFailure().missingScopes()).containsExactly("internal_login");
    }

    @Test
    void a_scim_403_without_a_challenge_asks_for_internal_login() {
        meAnswers(aResponse()
                .withStatus(403)
                .withHeader("Content-Type", SCIM_JSON)
                .withBody("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"403\"}"));

        assertThat(fetchFailure().missingScopes()).containsExactly("internal_login");
    }

    @Test
    void malformed_scope_names_are_dropped_and_at_most_five_are_kept() {
        meAnswers(aResponse()
                .withStatus(403)
                .withHeader(
                        "WWW-Authenticate",
                        "Bearer error=\"insufficient_scope\", scope=\"a\\\\b c " + "x".repeat(129)
                                + " s1 s2 s3 s4 s5 s6\""));

        assertThat(fetchFailure().missingScopes()).containsExactly("c", "s1", "s2", "s3", "s4");
    }

    @Test
    void failures_other_than_a_missing_scope_name_no_scope() {
        meAnswers(aResponse().withStatus(500));

        assertThat(fetchFailure().missingScopes()).isEmpty();
    }

    @Test
    void a_401_challenging_for_scope_is_scope_missing_without_a_refresh() {
        meAnswers(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\""));
        FakeSessionTokens session = FakeSessionTokens.withToken("token-1");

        ProfileFailure failure = failure(client().fetchProfile(session));

        assertThat(failure.kind()).isEqualTo(Kind.SCOPE_MISSING);
        assertThat(session.rejectedTokens()).isEmpty();
    }

    @Test
    void a_scim_403_with_schemas_as_a_string_and_status_as_a_number_is_scope_missing_with_its_detail() {
        meAnswers(aResponse()
                .withStatus(403)
                .withHeader("Content-Type", SCIM_JSON)
                .withBody("""
                {"schemas":"urn:ietf:params:scim:api:messages:2.0:Error",
                 "detail":"Operation is not permitted. You do not have permissions to make this request.",
                 "status":403}
                """));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.SCOPE_MISSING);
        assertThat(failure.httpStatus()).isEqualTo(403);
        assertThat(failure.scimDetail())
                .isEqualTo("Operation is not permitted. You do not have permissions to make this request.");
    }

    @Test
    void an_empty_403_is_scope_missing() {
        meAnswers(aResponse().withStatus(403));

        assertThat(fetchFailure().kind()).isEqualTo(Kind.SCOPE_MISSING);
    }

    @Test
    void a_403_page_from_something_other_than_scim_is_an_unexpected_status() {
        meAnswers(aResponse()
                .withStatus(403)
                .withHeader("Content-Type", "text/html")
                .withBody("<h1>Blocked by WAF</h1>"));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED_STATUS);
        assertThat(failure.reason()).contains("text/html");
    }

    @Test
    void every_call_is_timed_by_outcome() {
        meAnswers(scimJson(ScimUserParserTest.asgardeoUser()));
        ScimMeClient client = client();
        client.fetchProfile(FakeSessionTokens.withToken("token-1"));
        meAnswers(aResponse().withStatus(404));
        client.fetchProfile(FakeSessionTokens.withToken("token-1"));
        client.fetchProfile(FakeSessionTokens.withToken("token-1"));

        assertThat(meters.get("scim.me.calls").tag("outcome", "success").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("scim.me.calls")
                        .tag("outcome", "not_found")
                        .timer()
                        .count())
                .isEqualTo(2);
    }

    @Test
    void a_404_is_not_found() {
        meAnswers(aResponse().withStatus(404));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(failure.httpStatus()).isEqualTo(404);
    }

    @Test
    void a_500_with_a_scim_body_is_a_server_error_with_its_detail() {
        meAnswers(aResponse()
                .withStatus(500)
                .withHeader("Content-Type", SCIM_JSON)
                .withBody("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"detail":"Error while retrieving user","status":"500"}
                """));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.httpStatus()).isEqualTo(500);
        assertThat(failure.scimDetail()).isEqualTo("Error while retrieving user");
    }

    @Test
    void a_503_is_a_server_error() {
        meAnswers(aResponse()
                .withStatus(503)
                .withHeader("Content-Type", "text/html")
                .withBody("<h1>Maintenance</h1>"));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.httpStatus()).isEqualTo(503);
        assertThat(failure.scimDetail()).isNull();
    }

    @Test
    void another_4xx_is_an_unexpected_status() {
        meAnswers(aResponse().withStatus(429));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED_STATUS);
        assertThat(failure.httpStatus()).isEqualTo(429);
    }

    // ---- transport

    @Test
    void a_response_slower_than_the_response_timeout_is_a_timeout_returned_promptly() {
        meAnswers(scimJson("{\"userName\":\"kim\"}").withFixedDelay(5_000));
        Duration timeout = Duration.ofMillis(300);
        ScimMeClient client = client(new ScimMeProperties(null, timeout, null));

        long started = System.nanoTime();
        ProfileFailure failure = failure(client.fetchProfile(FakeSessionTokens.withToken("token-1")));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(failure.httpStatus()).isZero();
        assertThat(took)
                .as("ten times the time limit, still well before the server's answer")
                .isLessThan(timeout.multipliedBy(10));
    }

    @Test
    void a_closed_port_is_unreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ScimMeClient client =
                client(URI.create("http://localhost:" + closedPort + ME), new ScimMeProperties(null, null, null));

        ProfileFailure failure = failure(client.fetchProfile(FakeSessionTokens.withToken("token-1")));

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.httpStatus()).isZero();
    }

    @Test
    void a_connection_reset_by_the_server_is_unreachable() {
        meAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(fetchFailure().kind()).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void a_connection_closed_without_any_response_is_unreachable() {
        meAnswers(aResponse().withFault(Fault.EMPTY_RESPONSE));

        assertThat(fetchFailure().kind()).isEqualTo(Kind.UNREACHABLE);
    }

    @Test
    void a_body_that_breaks_off_after_a_200_is_unreachable() {
        meAnswers(scimJson("{\"userName\":\"kim\"}").withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
        assertThat(failure.httpStatus()).isZero();
    }

    @Test
    void a_body_trickling_in_past_the_response_timeout_is_a_timeout() {
        meAnswers(scimJson("{\"userName\":\"kim\",\"title\":\"" + "x".repeat(200) + "\"}")
                .withChunkedDribbleDelay(10, 10_000));
        Duration timeout = Duration.ofMillis(300);
        ScimMeClient client = client(new ScimMeProperties(null, timeout, null));

        long started = System.nanoTime();
        ProfileFailure failure = failure(client.fetchProfile(FakeSessionTokens.withToken("token-1")));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(took)
                .as("ten times the time limit, still well before the server's answer")
                .isLessThan(timeout.multipliedBy(10));
    }

    // ---- bodies that are not a SCIM user

    @Test
    void malformed_json_is_an_invalid_response() {
        meAnswers(scimJson("{\"userName\":\"kim\","));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.httpStatus()).isEqualTo(200);
        assertThat(failure.reason()).isEqualTo("body is not valid JSON");
    }

    @Test
    void an_html_page_is_an_invalid_response() {
        meAnswers(aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<html><body>Sign in</body></html>"));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.reason()).isEqualTo("body is text/html, expected JSON");
    }

    @Test
    void an_empty_200_is_an_invalid_response() {
        meAnswers(aResponse().withStatus(200).withHeader("Content-Type", SCIM_JSON));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.reason()).isEqualTo("body is empty");
    }

    @Test
    void json_sent_as_text_plain_is_an_invalid_response() {
        meAnswers(aResponse().withHeader("Content-Type", "text/plain").withBody("{\"userName\":\"kim\"}"));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.reason()).isEqualTo("body is text/plain, expected JSON");
    }

    @Test
    void a_body_without_content_type_is_an_invalid_response() {
        meAnswers(aResponse().withBody("{\"userName\":\"kim\"}"));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.reason()).isEqualTo("body has no Content-Type, expected JSON");
    }

    @Test
    void a_json_array_is_an_invalid_response() {
        meAnswers(scimJson("[{\"userName\":\"kim\"}]"));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.reason()).isEqualTo("body is a JSON array, expected an object");
    }

    @Test
    void a_body_over_the_limit_is_an_invalid_response() {
        String twoMiB = "{\"userName\":\"" + "k".repeat(2 * 1024 * 1024) + "\"}";
        meAnswers(scimJson(twoMiB));

        ProfileFailure failure = fetchFailure();

        assertThat(failure.kind()).isEqualTo(Kind.INVALID_RESPONSE);
        assertThat(failure.reason()).isEqualTo("body is larger than 1 MiB");
    }

    @Test
    void the_body_limit_is_a_setting() {
        meAnswers(scimJson("{\"userName\":\"" + "k".repeat(2_000) + "\"}"));
        ScimMeClient client = client(new ScimMeProperties(null, null, DataSize.ofKilobytes(1)));

        ProfileFailure failure = failure(client.fetchProfile(FakeSessionTokens.withToken("token-1")));

        assertThat(failure.reason()).isEqualTo("body is larger than 1 KiB");
    }

    // ---- logging

    @Test
    void a_failure_is_logged_once_with_kind_status_and_latency_but_no_token_or_values(CapturedOutput output) {
        meAnswers(aResponse()
                .withStatus(500)
                .withHeader("Content-Type", SCIM_JSON)
                .withBody("{\"detail\":\"user kim@example.com broke\",\"status\":\"500\"}"));

        client().fetchProfile(FakeSessionTokens.withToken("secret-token-value"));

        assertThat(output.getAll().lines().filter(line -> line.contains("SCIM /Me failed")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("WARN", "kind=SERVER_ERROR", "status=500", "latencyMs=")
                        .doesNotContain("secret-token-value", "kim@example.com"));
    }

    @Test
    void a_successful_call_logs_nothing(CapturedOutput output) {
        meAnswers(scimJson("{\"userName\":\"kim\"}"));

        client().fetchProfile(FakeSessionTokens.withToken("secret-token-value"));

        assertThat(output.getAll()).doesNotContain("SCIM /Me failed", "secret-token-value");
    }
}
