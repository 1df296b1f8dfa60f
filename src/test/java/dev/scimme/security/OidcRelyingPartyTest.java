package dev.scimme.security;

import static dev.scimme.security.HttpBrowser.location;
import static dev.scimme.security.HttpBrowser.query;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The app as an OpenID Connect relying party facing a provider that lies: every ID token or
 * callback a certified relying party must refuse ends on the sign-in error page, with no signed-in
 * session and no redirect back to the provider (which would loop). One honest sign-in proves the
 * harness itself signs in, so each refusal is the app's doing.
 */
class OidcRelyingPartyTest extends AppOnHostileIdp {

    @Test
    void an_honest_provider_signs_the_user_in_with_a_new_session_id() {
        AuthorizationRequest request = startSignIn();
        String sessionBeforeSignIn = browser.cookie("JSESSIONID");
        idp.answerTokenRequestWith(idp.signed(idp.honestClaims(request.nonce()).build()));

        HttpResponse<String> callback = browser.get(request.callback("code-1", request.state()));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(URI.create(location(callback)).getPath()).isEqualTo("/");
        assertThat(isSignedIn()).isTrue();
        assertThat(browser.cookie("JSESSIONID"))
                .as("session fixation: the id changes at sign-in")
                .isNotBlank()
                .isNotEqualTo(sessionBeforeSignIn);
        HttpBrowser attacker = newBrowser();
        attacker.cookie("JSESSIONID", sessionBeforeSignIn);
        assertThat(location(attacker.get("/server-profile")))
                .as("the pre-sign-in session id signs nobody in")
                .endsWith(SecurityConfiguration.LOGIN_PATH);
    }

    @Test
    void sign_in_ends_on_the_protected_route_visited_with_nothing_added_to_its_address() {
        assertThat(location(browser.get("/server-profile"))).endsWith(SecurityConfiguration.LOGIN_PATH);
        AuthorizationRequest request = startSignIn();
        idp.answerTokenRequestWith(idp.signed(idp.honestClaims(request.nonce()).build()));

        HttpResponse<String> callback = browser.get(request.callback("code-1", request.state()));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback)).isIn("/server-profile", "http://127.0.0.1:" + port + "/server-profile");
    }

    @Test
    void every_authorization_request_carries_pkce_s256_and_a_fresh_nonce_and_state() {
        AuthorizationRequest first = startSignIn();
        browser = newBrowser();
        AuthorizationRequest second = startSignIn();

        for (AuthorizationRequest request : new AuthorizationRequest[] {first, second}) {
            assertThat(request.parameters())
                    .containsEntry("code_challenge_method", "S256")
                    .containsEntry("response_type", "code")
                    .containsEntry("client_id", HostileIdp.CLIENT_ID);
            // base64url of a SHA-256 digest: 43 characters.
            assertThat(request.parameters().get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
            assertThat(request.nonce()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(request.state()).hasSizeGreaterThanOrEqualTo(32);
        }
        assertThat(second.nonce()).isNotEqualTo(first.nonce());
        assertThat(second.state()).isNotEqualTo(first.state());
        assertThat(second.parameters().get("code_challenge"))
                .isNotEqualTo(first.parameters().get("code_challenge"));
    }

    static Stream<Arguments> hostileIdTokens() {
        return Stream.of(
                idToken(
                        "wrong iss",
                        (p, nonce) -> p.signed(p.honestClaims(nonce)
                                .issuer("https://impostor.example")
                                .build())),
                idToken(
                        "wrong aud",
                        (p, nonce) -> p.signed(
                                p.honestClaims(nonce).audience("another-client").build())),
                idToken(
                        "missing sub",
                        (p, nonce) ->
                                p.signed(p.honestClaims(nonce).subject(null).build())),
                idToken(
                        "missing iat",
                        (p, nonce) ->
                                p.signed(p.honestClaims(nonce).issueTime(null).build())),
                idToken(
                        "bad RS256 signature",
                        (p, nonce) -> p.withBadSignature(p.honestClaims(nonce).build())),
                idToken(
                        "signed with an unpublished key under the published kid",
                        (p, nonce) -> p.sign(
                                p.honestClaims(nonce).build(),
                                p.forgersKey,
                                header -> header.keyID(p.signingKey.getKeyID()))),
                idToken(
                        "alg none",
                        (p, nonce) -> HostileIdp.unsigned(p.honestClaims(nonce).build())),
                idToken(
                        "alg none in the header of an RS256 token",
                        (p, nonce) -> HostileIdp.base64("{\"alg\":\"none\"}") + "."
                                + p.signed(p.honestClaims(nonce).build()).split("\\.")[1] + "."),
                idToken(
                        "unknown kid",
                        (p, nonce) -> p.sign(
                                p.honestClaims(nonce).build(),
                                p.forgersKey,
                                header -> header.keyID("never-published"))),
                idToken(
                        "no kid while the JWKS has several keys",
                        (p, nonce) ->
                                p.sign(p.honestClaims(nonce).build(), p.signingKey, header -> header.keyID(null))),
                idToken(
                        "expired",
                        (p, nonce) -> p.signed(p.honestClaims(nonce)
                                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                                .expirationTime(Date.from(Instant.now().minusSeconds(600)))
                                .build())),
                idToken(
                        "nonce mismatch",
                        (p, nonce) ->
                                p.signed(p.honestClaims("another-" + nonce).build())),
                idToken(
                        "nonce missing",
                        (p, nonce) -> p.signed(
                                p.honestClaims(nonce).claim("nonce", null).build())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileIdTokens")
    void an_id_token_a_relying_party_must_refuse_ends_on_the_sign_in_error_page(String why, HostileToken token) {
        AuthorizationRequest request = startSignIn();
        idp.answerTokenRequestWith(token.craft(idp, request.nonce()));

        HttpResponse<String> callback = browser.get(request.callback("code-1", request.state()));

        assertRejected(callback);
        assertThat(idp.tokenRequests())
                .as("the code was exchanged, so the ID token itself was refused")
                .isEqualTo(1);
    }

    @Test
    void a_callback_whose_state_does_not_match_the_sessions_request_is_refused() {
        AuthorizationRequest request = startSignIn();
        idp.answerTokenRequestWith(idp.signed(idp.honestClaims(request.nonce()).build()));

        HttpResponse<String> callback = browser.get(request.callback("code-1", "forged-" + request.state()));

        assertRejected(callback);
        assertThat(idp.tokenRequests())
                .as("no code exchange for a forged state")
                .isZero();
    }

    @Test
    void a_userinfo_response_about_another_subject_is_refused() {
        AuthorizationRequest request = startSignIn();
        idp.answerTokenRequestWith(idp.signed(idp.honestClaims(request.nonce()).build()));
        idp.serveUserInfo("mallory");

        assertRejected(browser.get(request.callback("code-1", request.state())));
    }

    @Test
    void an_error_from_the_provider_ends_on_the_error_page_not_back_at_the_provider() {
        AuthorizationRequest request = startSignIn();

        assertRejected(browser.get("/login/oauth2/code/asgardeo?error=access_denied&state=" + request.state()));
    }

    @ParameterizedTest
    @MethodSource("foreignTargets")
    void after_sign_in_the_user_is_only_sent_to_a_path_of_this_app(String target) {
        AuthorizationRequest request = startSignIn();
        idp.answerTokenRequestWith(idp.signed(idp.honestClaims(request.nonce()).build()));

        HttpResponse<String> callback = browser.get(request.callback("code-1", request.state()) + "&Saved-url="
                + java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback)).isIn("/", "http://127.0.0.1:" + port + "/");
        assertThat(isSignedIn()).isTrue();
    }

    @Test
    void after_sign_in_the_user_is_not_sent_to_another_host_on_this_apps_scheme_and_port() {
        AuthorizationRequest request = startSignIn();
        idp.answerTokenRequestWith(idp.signed(idp.honestClaims(request.nonce()).build()));
        String otherHostSamePort = "http://evil.example:" + port + "/";

        HttpResponse<String> callback = browser.get(request.callback("code-1", request.state()) + "&Saved-url="
                + java.net.URLEncoder.encode(otherHostSamePort, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(location(callback)).isIn("/", "http://127.0.0.1:" + port + "/");
        assertThat(isSignedIn()).isTrue();
    }

    static Stream<String> foreignTargets() {
        return Stream.of(
                "https://evil.example/", "//evil.example/", "/\\evil.example/", "http://127.0.0.1.evil.example/");
    }

    private void assertRejected(HttpResponse<String> callback) {
        assertThat(callback.statusCode()).isEqualTo(302);
        URI failurePage = URI.create(location(callback));
        assertThat(failurePage.getPath()).isEqualTo("/" + SecurityConfiguration.SIGN_IN_FAILED_ROUTE);
        HttpResponse<String> page = browser.get(location(callback));
        assertThat(page.statusCode())
                .as("the error page is shown, not another redirect (no loop back to the IdP)")
                .isEqualTo(200);
        assertThat(isSignedIn()).as("no signed-in session").isFalse();
    }

    private boolean isSignedIn() {
        HttpResponse<String> response = browser.get("/server-profile");
        if (response.statusCode() == 302) {
            assertThat(location(response)).endsWith(SecurityConfiguration.LOGIN_PATH);
            return false;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return true;
    }

    private AuthorizationRequest startSignIn() {
        HttpResponse<String> response = browser.get(SecurityConfiguration.LOGIN_PATH);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).startsWith(idp.issuer() + "/authorize?");
        return new AuthorizationRequest(query(location(response)));
    }

    private static Arguments idToken(String why, HostileToken token) {
        return Arguments.of(why, token);
    }

    @FunctionalInterface
    interface HostileToken {
        String craft(HostileIdp idp, String nonce);
    }

    record AuthorizationRequest(Map<String, String> parameters) {

        String state() {
            return parameters.get("state");
        }

        String nonce() {
            return parameters.get("nonce");
        }

        String callback(String code, String state) {
            return parameters.get("redirect_uri") + "?code=" + code + "&state="
                    + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
