package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class SessionTokenServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final AtomicInteger refreshes = new AtomicInteger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private @Nullable String idTokenFromRefresh;
    /** What the IdP's token endpoint does before it answers a refresh; the concurrency tests hold it there. */
    private Runnable beforeRefreshAnswers = () -> {};

    private final SessionAuthorizedClientRepository repository = new SessionAuthorizedClientRepository();

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void no_session_means_not_signed_in() {
        assertThat(service(refreshingClient()).currentSession()).isEmpty();
    }

    @Test
    void valid_token_is_returned_without_refresh() {
        SessionTokens tokens = signedInSession("a1", NOW.plusSeconds(300));

        assertThat(tokens.accessToken().getTokenValue()).isEqualTo("a1");
        assertThat(refreshes).hasValue(0);
    }

    @Test
    void a_short_lived_token_is_used_until_close_to_its_expiry() {
        OAuth2AccessToken shortLived = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER, "short", NOW.minusSeconds(2), NOW.plusSeconds(2));
        SessionTokens tokens = signedInSession(new MockHttpSession(), shortLived, refreshingClient());

        assertThat(tokens.accessToken().getTokenValue()).isEqualTo("short");
        assertThat(refreshes).hasValue(0);
    }

    @Test
    void expired_token_is_refreshed_once_even_when_many_threads_share_one_handle() throws Exception {
        SessionTokens tokens = signedInSession("old", NOW.minusSeconds(1));

        List<String> seen = askAtOnce(8, tokens::accessToken);

        assertThat(seen).containsOnly("refreshed-1");
        assertThat(refreshes).hasValue(1);
        assertThat(meters.get("session.token.refreshes")
                        .tag("outcome", "success")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void expired_token_is_refreshed_once_when_many_requests_of_one_session_ask_at_once() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signedInSession(session, "old", NOW.minusSeconds(1), refreshingClient());
        SessionTokenService service = service(refreshingClient());

        // As in production: every request (or UI) thread takes its own handle from the session.
        List<String> seen = askAtOnce(8, () -> {
            MockHttpServletRequest request = new MockHttpServletRequest();
            request.setSession(session);
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
            try {
                return service.currentSession().orElseThrow().accessToken();
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        });

        assertThat(seen).containsOnly("refreshed-1");
        assertThat(refreshes).as("refreshes at the IdP").hasValue(1);
    }

    /**
     * Runs {@code ask} on {@code threads} threads at once. A refresh at the IdP is held until every
     * other thread either waits for it (blocked) or is refreshing too: the widest race there can
     * be, so two refreshes at a time would both reach the IdP.
     */
    private List<String> askAtOnce(int threads, Callable<OAuth2AccessToken> ask) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> askers = new ArrayList<>();
        Set<Thread> refreshing = ConcurrentHashMap.newKeySet();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        beforeRefreshAnswers = () -> {
            refreshing.add(Thread.currentThread());
            awaitCondition(
                    "every other thread waits for the refresh or refreshes too",
                    () -> askers.stream()
                            .allMatch(asker -> refreshing.contains(asker)
                                    || asker.getState() == Thread.State.BLOCKED
                                    || asker.getState() == Thread.State.TERMINATED));
        };
        for (int i = 0; i < threads; i++) {
            askers.add(Thread.ofPlatform().unstarted(() -> {
                try {
                    start.await();
                    seen.add(ask.call().getTokenValue());
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        askers.forEach(Thread::start);
        start.countDown();
        for (Thread asker : askers) {
            assertThat(asker.join(Duration.ofSeconds(30)))
                    .as("the thread finished")
                    .isTrue();
        }
        assertThat(failures).isEmpty();
        return seen;
    }

    private static void awaitCondition(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within 10 s: " + what);
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void a_new_id_token_from_a_refresh_updates_the_signed_in_users_details() {
        MockHttpSession session = new MockHttpSession();
        SecurityContext context =
                new SecurityContextImpl(new OAuth2AuthenticationToken(SignedInAs.demoUser(), List.of(), "asgardeo"));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        idTokenFromRefresh = "refreshed-id-token";
        SessionTokens tokens = signedInSession(session, "old", NOW.minusSeconds(1), refreshingClient());

        tokens.accessToken();

        OidcUser user = (OidcUser) context.getAuthentication().getPrincipal();
        assertThat(user.getGivenName()).isEqualTo("Dee");
        assertThat(user.getIdToken().getIssuedAt()).isEqualTo(NOW);
    }

    @Test
    void an_id_token_about_someone_else_changes_nothing() {
        MockHttpSession session = new MockHttpSession();
        SecurityContext context =
                new SecurityContextImpl(new OAuth2AuthenticationToken(SignedInAs.demoUser(), List.of(), "asgardeo"));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        idTokenFromRefresh = "id-token-of-mallory";
        SessionTokens tokens = signedInSession(session, "old", NOW.minusSeconds(1), refreshingClient());

        tokens.accessToken();

        assertThat(((OidcUser) context.getAuthentication().getPrincipal()).getGivenName())
                .isEqualTo("Demo");
    }

    private Jwt decodeIdToken(String value) {
        String subject = value.contains("mallory") ? "mallory" : "demo";
        return Jwt.withTokenValue(value)
                .header("alg", "RS256")
                .subject(subject)
                .issuedAt(NOW)
                .expiresAt(NOW.plusSeconds(300))
                .claim("given_name", "Dee")
                .build();
    }

    @Test
    void a_rejected_token_is_refreshed_once_and_later_callers_get_the_new_one() {
        SessionTokens tokens = signedInSession("a1", NOW.plusSeconds(300));
        OAuth2AccessToken rejected = tokens.accessToken();

        OAuth2AccessToken first = tokens.refreshAfterRejection(rejected);
        OAuth2AccessToken second = tokens.refreshAfterRejection(rejected);

        assertThat(first.getTokenValue()).isEqualTo("refreshed-1");
        assertThat(second).isSameAs(first);
        assertThat(tokens.accessToken()).isSameAs(first);
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void a_refused_refresh_means_sign_in_again_and_the_session_keeps_no_tokens() {
        SessionTokens tokens = signedInSession("old", NOW.minusSeconds(1), refusingClient());

        assertThatThrownBy(tokens::accessToken).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(tokens::accessToken)
                .isInstanceOf(NotSignedInException.class)
                .hasMessageContaining("ended");
        assertThat(meters.get("session.token.refreshes")
                        .tag("outcome", "refused")
                        .counter()
                        .count())
                .isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"server_error", "temporarily_unavailable"})
    void a_refresh_that_failed_on_the_identity_providers_side_keeps_the_refresh_token_for_the_next_try(String error) {
        List<String> refreshTokensSent = new ArrayList<>();
        OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> failsOnce = request -> {
            refreshTokensSent.add(request.getRefreshToken().getTokenValue());
            if (refreshTokensSent.size() == 1) {
                throw new OAuth2AuthorizationException(new OAuth2Error(error));
            }
            return refreshingClient().getTokenResponse(request);
        };
        SessionTokens tokens = signedInSession("old", NOW.minusSeconds(1), failsOnce);

        assertThatThrownBy(tokens::accessToken).isInstanceOf(NotSignedInException.class);
        OAuth2AccessToken afterwards = tokens.accessToken();

        assertThat(afterwards.getTokenValue()).isEqualTo("refreshed-1");
        assertThat(refreshTokensSent).containsExactly("refresh", "refresh");
    }

    @Test
    void tokens_die_with_their_session() {
        MockHttpSession session = new MockHttpSession();
        SessionTokens tokens = signedInSession(session, "a1", NOW.plusSeconds(300), refreshingClient());

        session.invalidate();

        assertThatThrownBy(tokens::accessToken).isInstanceOf(NotSignedInException.class);
    }

    @Test
    void two_sessions_of_one_user_keep_their_own_tokens() {
        SessionTokens first = signedInSession("token-of-session-1", NOW.plusSeconds(300));
        SessionTokens second = signedInSession("token-of-session-2", NOW.plusSeconds(300));

        first.refreshAfterRejection(first.accessToken());

        assertThat(first.accessToken().getTokenValue()).isEqualTo("refreshed-1");
        assertThat(second.accessToken().getTokenValue()).isEqualTo("token-of-session-2");
    }

    private SessionTokens signedInSession(String accessToken, Instant expiresAt) {
        return signedInSession(new MockHttpSession(), accessToken, expiresAt, refreshingClient());
    }

    private SessionTokens signedInSession(
            String accessToken,
            Instant expiresAt,
            OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> client) {
        return signedInSession(new MockHttpSession(), accessToken, expiresAt, client);
    }

    private SessionTokens signedInSession(
            MockHttpSession session,
            String accessToken,
            Instant expiresAt,
            OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> client) {
        return signedInSession(
                session,
                new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER, accessToken, expiresAt.minusSeconds(600), expiresAt),
                client);
    }

    private SessionTokens signedInSession(
            MockHttpSession session,
            OAuth2AccessToken token,
            OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> client) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        repository.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        registration(), "demo", token, new OAuth2RefreshToken("refresh", NOW.minusSeconds(600))),
                null,
                request,
                new MockHttpServletResponse());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return service(client).currentSession().orElseThrow();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private SessionTokenService service(OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> client) {
        return new SessionTokenService(
                client,
                Clock.fixed(NOW, ZoneOffset.UTC),
                meters,
                new SignedInUserRefresher(registration -> this::decodeIdToken));
    }

    private OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshingClient() {
        return request -> {
            beforeRefreshAnswers.run();
            var response = OAuth2AccessTokenResponse.withToken("refreshed-" + refreshes.incrementAndGet())
                    .tokenType(OAuth2AccessToken.TokenType.BEARER)
                    .expiresIn(300);
            if (idTokenFromRefresh != null) {
                response.additionalParameters(Map.of("id_token", idTokenFromRefresh));
            }
            return response.build();
        };
    }

    private OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refusingClient() {
        return request -> {
            refreshes.incrementAndGet();
            throw new OAuth2AuthorizationException(new OAuth2Error("invalid_grant"));
        };
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("asgardeo")
                .clientId("client")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("http://127.0.0.1:9/authorize")
                .tokenUri("http://127.0.0.1:9/token")
                .build();
    }
}
