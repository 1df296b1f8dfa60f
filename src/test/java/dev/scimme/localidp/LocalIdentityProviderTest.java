package dev.scimme.localidp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class LocalIdentityProviderTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.shared();

    private static RunningLocalIdp idp;

    @BeforeAll
    static void startIdp() {
        TestLogging.quiet();
        LocalIdpSettings settings = LocalIdpSettings.defaults(0, 8080)
                .withUsers(List.of(
                        LocalUser.demo(),
                        new LocalUser("alice", "wonderland", "Alice", "Liddell", "alice@example.com")));
        idp = LocalIdentityProvider.start(settings);
    }

    @AfterAll
    static void stopIdp() {
        idp.close();
    }

    @AfterEach
    void standardScimAnswers() {
        idp.scimBehaviour().reset();
        idp.accessControls().reset();
    }

    @Test
    void revoking_a_users_tokens_makes_the_api_refuse_them_and_the_refresh_fail_but_a_new_sign_in_works()
            throws Exception {
        LocalIdpSignIn.Tokens before = LocalIdpSignIn.signInDemo(idp);

        idp.accessControls().revokeTokensOf("demo");

        assertThat(get(idp.meEndpoint(), before.accessToken()).statusCode()).isEqualTo(401);
        assertThatThrownBy(() -> LocalIdpSignIn.refresh(idp, before.refreshToken()))
                .hasMessageContaining("400");
        LocalIdpSignIn.Tokens after = LocalIdpSignIn.signInDemo(idp);
        assertThat(get(idp.meEndpoint(), after.accessToken()).statusCode()).isEqualTo(200);
        assertThat(LocalIdpSignIn.refresh(idp, after.refreshToken()).accessToken())
                .isNotBlank();
    }

    @Test
    void with_consent_required_the_user_is_asked_before_tokens_are_issued() {
        idp.accessControls().requireConsent(true);

        assertThatThrownBy(() -> LocalIdpSignIn.signInDemo(idp)).hasMessageContaining("consent");
    }

    @Test
    void discovery_names_the_issuer_and_the_endpoints_the_app_needs() throws Exception {
        JsonNode discovery = json(get(idp.issuer() + "/.well-known/openid-configuration", null));

        assertThat(discovery.path("issuer").asString()).isEqualTo(idp.issuer());
        assertThat(discovery.path("end_session_endpoint").asString()).isEqualTo(idp.issuer() + "/connect/logout");
        assertThat(discovery.path("userinfo_endpoint").asString()).isEqualTo(idp.issuer() + "/userinfo");
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(idp.issuer() + "/oauth2/jwks");
        assertThat(discovery.path("code_challenge_methods_supported").values())
                .extracting(JsonNode::asString)
                .contains("S256");
        assertThat(json(get(idp.issuer() + "/oauth2/jwks", null)).path("keys").size())
                .isEqualTo(1);
    }

    @Test
    void demo_signs_in_with_pkce_and_gets_access_refresh_and_id_tokens_with_the_profile() {
        LocalIdpSignIn.Tokens tokens = LocalIdpSignIn.signInDemo(idp);

        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(tokens.idToken()).isNotBlank();
        assertThat(LocalIdpSignIn.claims(tokens.idToken()))
                .contains(
                        Map.entry("iss", idp.issuer()),
                        Map.entry("sub", "demo"),
                        Map.entry("given_name", "Demo"),
                        Map.entry("family_name", "User"),
                        Map.entry("name", "Demo User"),
                        Map.entry("preferred_username", "demo"),
                        Map.entry("email", "demo@example.com"),
                        Map.entry("email_verified", true));
        Map<String, Object> access = LocalIdpSignIn.claims(tokens.accessToken());
        assertThat(access).containsEntry("sub", "demo").containsEntry("iss", idp.issuer());
        assertThat(access.get("scope"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .contains("openid", "profile", "email", "internal_login");
    }

    @Test
    void the_refresh_grant_issues_a_new_access_token() {
        LocalIdpSignIn.Tokens first = LocalIdpSignIn.signInDemo(idp);

        LocalIdpSignIn.Tokens refreshed = LocalIdpSignIn.refresh(idp, first.refreshToken());

        assertThat(refreshed.accessToken()).isNotBlank().isNotEqualTo(first.accessToken());
        assertThat(LocalIdpSignIn.claims(refreshed.accessToken())).containsEntry("sub", "demo");
    }

    @Test
    void userinfo_reports_the_profile_for_the_access_token() throws Exception {
        LocalIdpSignIn.Tokens tokens = LocalIdpSignIn.signInDemo(idp);

        JsonNode userInfo = json(get(idp.issuer() + "/userinfo", tokens.accessToken()));

        assertThat(userInfo.path("sub").asString()).isEqualTo("demo");
        assertThat(userInfo.path("given_name").asString()).isEqualTo("Demo");
        assertThat(userInfo.path("email").asString()).isEqualTo("demo@example.com");
    }

    @Test
    void me_returns_the_signed_in_users_scim_resource() throws Exception {
        LocalIdpSignIn.Tokens tokens = LocalIdpSignIn.signInDemo(idp);

        HttpResponse<String> response = get(idp.meEndpoint(), tokens.accessToken());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
        JsonNode me = JSON.readTree(response.body());
        assertThat(me.path("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:schemas:core:2.0:User");
        assertThat(me.path("id").asString())
                .isEqualTo(LocalUsers.scimId(LocalUser.demo()).toString());
        assertThat(me.path("userName").asString()).isEqualTo("demo");
        assertThat(me.path("name").path("givenName").asString()).isEqualTo("Demo");
        assertThat(me.path("name").path("familyName").asString()).isEqualTo("User");
        assertThat(me.path("name").path("formatted").asString()).isEqualTo("Demo User");
        assertThat(me.path("emails").size()).isEqualTo(1);
        assertThat(me.path("emails").get(0).path("value").asString()).isEqualTo("demo@example.com");
        assertThat(me.path("emails").get(0).path("primary").asBoolean()).isTrue();
        assertThat(me.path("emails").get(0).path("type").asString()).isEqualTo("work");
        assertThat(me.path("meta").path("resourceType").asString()).isEqualTo("User");
        assertThat(me.path("meta").path("location").asString()).startsWith(idp.issuer() + "/scim2/Users/");
        assertThat(me.path("meta").path("created").asString()).isNotBlank();
        assertThat(me.path("meta").path("lastModified").asString()).isNotBlank();
    }

    @Test
    void me_without_a_token_is_401_with_a_bearer_challenge_and_a_scim_error() throws Exception {
        HttpResponse<String> response = get(idp.meEndpoint(), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertScimError(response, "401");
    }

    @Test
    void me_with_a_forged_token_is_401() throws Exception {
        HttpResponse<String> response = get(idp.meEndpoint(), "eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZW1vIn0.");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertScimError(response, "401");
    }

    @Test
    void me_without_internal_login_scope_is_403_with_insufficient_scope() throws Exception {
        LocalIdpSignIn.Tokens tokens =
                LocalIdpSignIn.signIn(idp, "demo", "demo", "openid profile", LocalIdpSignIn.LOOPBACK_CALLBACK);

        HttpResponse<String> response = get(idp.meEndpoint(), tokens.accessToken());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer error=\"insufficient_scope\", scope=\"internal_login\"");
        assertScimError(response, "403");
    }

    @Test
    void with_internal_login_optional_a_token_the_app_did_not_ask_it_for_is_refused_naming_the_scope()
            throws Exception {
        idp.accessControls().internalLoginOptional(true);
        LocalIdpSignIn.Tokens tokens =
                LocalIdpSignIn.signIn(idp, "demo", "demo", "openid profile email", LocalIdpSignIn.LOOPBACK_CALLBACK);

        HttpResponse<String> response = get(idp.meEndpoint(), tokens.accessToken());

        assertThat(LocalIdpSignIn.claims(tokens.accessToken()).get("scope"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .doesNotContain("internal_login");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer error=\"insufficient_scope\", scope=\"internal_login\"");
        assertThat(get(idp.meEndpoint(), LocalIdpSignIn.signInDemo(idp).accessToken())
                        .statusCode())
                .as("asked for, it is granted")
                .isEqualTo(200);
    }

    @Test
    void with_internal_login_not_optional_every_access_token_carries_it_asked_for_or_not() throws Exception {
        idp.accessControls().internalLoginOptional(false);
        LocalIdpSignIn.Tokens tokens =
                LocalIdpSignIn.signIn(idp, "demo", "demo", "openid profile email", LocalIdpSignIn.LOOPBACK_CALLBACK);
        LocalIdpSignIn.Tokens refreshed = LocalIdpSignIn.refresh(idp, tokens.refreshToken());

        assertThat(get(idp.meEndpoint(), tokens.accessToken()).statusCode()).isEqualTo(200);
        assertThat(get(idp.meEndpoint(), refreshed.accessToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void internal_login_is_optional_unless_the_settings_say_otherwise_and_reset_returns_to_the_setting() {
        AccessControls asAtAsgardeo =
                new AccessControls(LocalIdpSettings.defaults(0, 8080).internalLoginOptional());
        AccessControls always = new AccessControls(false);
        always.internalLoginOptional(true);
        always.reset();

        assertThat(asAtAsgardeo.internalLoginOptional()).isTrue();
        assertThat(always.internalLoginOptional()).isFalse();
    }

    @Test
    void me_can_answer_emails_as_plain_strings() throws Exception {
        String token = LocalIdpSignIn.signInDemo(idp).accessToken();
        idp.scimBehaviour().emails(EmailShape.STRINGS);

        JsonNode emails = json(get(idp.meEndpoint(), token)).path("emails");

        assertThat(emails.size()).isEqualTo(1);
        assertThat(emails.get(0).isString()).isTrue();
        assertThat(emails.get(0).asString()).isEqualTo("demo@example.com");
    }

    @Test
    void me_can_answer_emails_as_an_object_and_a_plain_string() throws Exception {
        String token = LocalIdpSignIn.signInDemo(idp).accessToken();
        idp.scimBehaviour().emails(EmailShape.MIXED);

        JsonNode emails = json(get(idp.meEndpoint(), token)).path("emails");

        assertThat(emails.size()).isEqualTo(2);
        assertThat(emails.get(0).path("value").asString()).isEqualTo("demo@example.com");
        assertThat(emails.get(0).path("primary").asBoolean()).isTrue();
        assertThat(emails.get(1).isString()).isTrue();
        assertThat(emails.get(1).asString()).isNotEqualTo("demo@example.com");
    }

    @Test
    void me_waits_the_configured_delay_before_answering() throws Exception {
        String token = LocalIdpSignIn.signInDemo(idp).accessToken();
        idp.scimBehaviour().delay(Duration.ofMillis(300));

        long started = System.nanoTime();
        HttpResponse<String> response = get(idp.meEndpoint(), token);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void me_answers_only_once_a_hold_is_released() throws Exception {
        String token = LocalIdpSignIn.signInDemo(idp).accessToken();
        ScimBehaviour.Hold hold = idp.scimBehaviour().holdAnswers();

        CompletableFuture<HttpResponse<String>> response = HTTP.sendAsync(
                HttpRequest.newBuilder(URI.create(idp.meEndpoint()))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(hold.awaitRequest(Duration.ofSeconds(30)))
                .as("the request arrived")
                .isTrue();
        assertThat(response).as("answered while held").isNotDone();
        hold.release();
        assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(get(idp.meEndpoint(), token).statusCode())
                .as("later requests are not held")
                .isEqualTo(200);
    }

    @Test
    void me_answers_a_forced_status_until_it_is_switched_off() throws Exception {
        String token = LocalIdpSignIn.signInDemo(idp).accessToken();
        idp.scimBehaviour().forcedStatus(500);

        HttpResponse<String> forced = get(idp.meEndpoint(), token);
        assertThat(forced.statusCode()).isEqualTo(500);
        JsonNode error = assertScimError(forced, "500");
        assertThat(error.path("detail").asString()).isEqualTo("Forced by local-idp.scim.status");

        idp.scimBehaviour().forcedStatus(0);
        assertThat(get(idp.meEndpoint(), token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_configured_user_signs_in_and_sees_their_own_resource() throws Exception {
        LocalIdpSignIn.Tokens tokens = LocalIdpSignIn.signIn(
                idp, "alice", "wonderland", LocalIdpSignIn.ALL_SCOPES, LocalIdpSignIn.LOOPBACK_CALLBACK);

        assertThat(LocalIdpSignIn.claims(tokens.idToken())).containsEntry("given_name", "Alice");
        assertThat(json(get(idp.meEndpoint(), tokens.accessToken()))
                        .path("userName")
                        .asString())
                .isEqualTo("alice");
    }

    @Test
    void a_wrong_password_is_rejected() {
        assertThatThrownBy(() -> LocalIdpSignIn.signIn(
                        idp, "demo", "wrong", LocalIdpSignIn.ALL_SCOPES, LocalIdpSignIn.LOOPBACK_CALLBACK))
                .hasMessageContaining("rejected");
    }

    @Test
    void the_app_on_localhost_is_an_allowed_callback() {
        LocalIdpSignIn.Tokens tokens = LocalIdpSignIn.signIn(
                idp, "demo", "demo", LocalIdpSignIn.ALL_SCOPES, "http://localhost:8080/login/oauth2/code/asgardeo");

        assertThat(tokens.accessToken()).isNotBlank();
    }

    @Test
    void an_unregistered_callback_gets_no_code() {
        assertThatThrownBy(() -> LocalIdpSignIn.signIn(
                        idp,
                        "demo",
                        "demo",
                        LocalIdpSignIn.ALL_SCOPES,
                        "http://localhost:9999/login/oauth2/code/asgardeo"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_idp_session_cookie_is_not_the_apps_jsessionid() throws Exception {
        HttpResponse<String> login = get(idp.issuer() + "/login", null);

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("LOCALIDPSESSION="))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }

    @Test
    void the_client_secret_is_random_per_start_and_not_in_the_handles_description() {
        assertThat(idp.clientSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(idp.toString()).doesNotContain(idp.clientSecret());
    }

    @Test
    void rp_initiated_logout_ends_the_idp_session_and_returns_to_the_app() {
        LocalIdpSignIn browser = new LocalIdpSignIn();
        LocalIdpSignIn.Tokens tokens =
                browser.signInAs(idp, "demo", "demo", LocalIdpSignIn.ALL_SCOPES, LocalIdpSignIn.LOOPBACK_CALLBACK);
        assertThat(browser.hasIdpSession(idp)).isTrue();

        HttpResponse<String> logout = browser.logout(idp, tokens.idToken(), "http://localhost:8080/");

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValue("http://localhost:8080/?state=after-logout");
        assertThat(browser.hasIdpSession(idp)).isFalse();
    }

    @Test
    void logout_does_not_redirect_to_an_unregistered_address() {
        LocalIdpSignIn browser = new LocalIdpSignIn();
        LocalIdpSignIn.Tokens tokens =
                browser.signInAs(idp, "demo", "demo", LocalIdpSignIn.ALL_SCOPES, LocalIdpSignIn.LOOPBACK_CALLBACK);

        HttpResponse<String> logout = browser.logout(idp, tokens.idToken(), "http://evil.example/");

        assertThat(logout.headers().firstValue("Location")).isEmpty();
        assertThat(logout.statusCode()).isEqualTo(400);
    }

    @Test
    void sign_in_still_works_after_the_app_replaces_the_global_security_context_strategy() {
        SecurityContextHolderStrategy original = SecurityContextHolder.getContextHolderStrategy();
        // What Vaadin does when the app's context starts, after the IdP's filters exist: a strategy
        // that keeps contexts somewhere else than the one the filters were built with.
        SecurityContextHolder.setContextHolderStrategy(new OwnThreadLocalStrategy());
        try {
            LocalIdpSignIn.Tokens tokens = LocalIdpSignIn.signInDemo(idp);

            assertThat(tokens.accessToken()).isNotBlank();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(original);
        }
    }

    /** Spring's thread-local strategies all share one static ThreadLocal; this one has its own. */
    private static final class OwnThreadLocalStrategy implements SecurityContextHolderStrategy {

        private final ThreadLocal<SecurityContext> contexts = new ThreadLocal<>();

        @Override
        public void clearContext() {
            contexts.remove();
        }

        @Override
        public SecurityContext getContext() {
            SecurityContext context = contexts.get();
            if (context == null) {
                context = createEmptyContext();
                contexts.set(context);
            }
            return context;
        }

        @Override
        public void setContext(SecurityContext context) {
            contexts.set(context);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }

    private static JsonNode assertScimError(HttpResponse<String> response, String status) {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(body.path("status").asString()).isEqualTo(status);
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> get(String url, String bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
