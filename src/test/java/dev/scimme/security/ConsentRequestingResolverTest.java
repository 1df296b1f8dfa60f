package dev.scimme.security;

import static dev.scimme.security.HttpBrowser.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.WrappedHttpSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/** What the authorization redirect to the IdP asks for, after "Sign in again" and after "Grant access". */
class ConsentRequestingResolverTest {

    private static final String CONFIGURED_SCOPES = "openid profile email";

    private final ConsentRequestingResolver resolver =
            new ConsentRequestingResolver(new InMemoryClientRegistrationRepository(registration()));
    private final MockHttpSession session = new MockHttpSession();

    @Test
    void grant_access_asks_for_the_scope_the_api_named_with_prompt_consent() {
        grantAccessClicked(List.of("internal_login"));

        Map<String, String> redirect = redirectToIdp(SignInLinks.grantAccess("server-profile"));

        assertThat(redirect).containsEntry("prompt", "consent");
        assertThat(redirect.get("scope").split(" "))
                .containsExactlyInAnyOrder("openid", "profile", "email", "internal_login");
    }

    @Test
    void grant_access_without_a_named_scope_asks_for_the_configured_scopes_with_prompt_consent() {
        Map<String, String> redirect = redirectToIdp(SignInLinks.grantAccess("server-profile"));

        assertThat(redirect).containsEntry("prompt", "consent");
        assertThat(redirect.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "profile", "email");
    }

    @Test
    void the_named_scopes_are_asked_for_once() {
        grantAccessClicked(List.of("internal_login"));
        redirectToIdp(SignInLinks.grantAccess("server-profile"));

        Map<String, String> again = redirectToIdp(SignInLinks.grantAccess("server-profile"));

        assertThat(again.get("scope").split(" ")).doesNotContain("internal_login");
    }

    @Test
    void a_plain_sign_in_asks_for_the_configured_scopes_only_and_forgets_the_named_ones() {
        grantAccessClicked(List.of("internal_login"));

        Map<String, String> signIn = redirectToIdp(SignInLinks.signInAgain("server-profile"));
        Map<String, String> grant = redirectToIdp(SignInLinks.grantAccess("server-profile"));

        assertThat(signIn).doesNotContainKey("prompt");
        assertThat(signIn.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "profile", "email");
        assertThat(grant.get("scope").split(" ")).doesNotContain("internal_login");
    }

    @Test
    void scopes_in_the_link_are_ignored_only_the_sessions_count() {
        Map<String, String> redirect =
                redirectToIdp(SignInLinks.grantAccess("server-profile") + "&scope=admin&scopes=admin");

        assertThat(redirect.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "profile", "email");
    }

    @Test
    void malformed_scopes_never_reach_the_session() {
        grantAccessClicked(List.of("internal_login", "a b", "evil\"", "x".repeat(129), ""));

        assertThat(session.getAttribute(ScopesToGrant.ATTRIBUTE)).isEqualTo("internal_login");
    }

    private void grantAccessClicked(List<String> scopes) {
        ScopesToGrant.remember(new WrappedHttpSession(session), scopes);
    }

    /** The query of the IdP address the browser is sent to for this sign-in link of the app. */
    private Map<String, String> redirectToIdp(String link) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", link.substring(0, link.indexOf('?')));
        request.setQueryString(link.substring(link.indexOf('?') + 1));
        query("http://app.example" + link).forEach(request::addParameter);
        request.setSession(session);
        OAuth2AuthorizationRequest authorizationRequest = resolver.resolve(request);
        assertThat(authorizationRequest)
                .as("an authorization request for " + link)
                .isNotNull();
        return query(authorizationRequest.getAuthorizationRequestUri());
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId(LazyClientRegistrationRepository.REGISTRATION_ID)
                .clientId("scim-me")
                .clientSecret("not-used")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(CONFIGURED_SCOPES.split(" "))
                .authorizationUri("https://idp.example/oauth2/authorize")
                .tokenUri("https://idp.example/oauth2/token")
                .jwkSetUri("https://idp.example/oauth2/jwks")
                .build();
    }
}
