package dev.scimme.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring's authorization requests, plus, when the app asks the user to grant what an earlier grant
 * left out ({@link SignInLinks#grantAccess}), {@code prompt=consent} and the scopes the API named
 * ({@link ScopesToGrant}): the IdP then shows its consent screen again instead of silently reusing
 * the narrower grant, and it is asked for a scope the configured ones lack (an optional scope that a
 * provider grants only when requested would otherwise never be granted).
 */
class ConsentRequestingResolver implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;

    ConsentRequestingResolver(ClientRegistrationRepository registrations) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withConsent(request, delegate.resolve(request));
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withConsent(request, delegate.resolve(request, clientRegistrationId));
    }

    private static @Nullable OAuth2AuthorizationRequest withConsent(
            HttpServletRequest request, @Nullable OAuth2AuthorizationRequest authorizationRequest) {
        if (authorizationRequest == null) {
            return null;
        }
        // Taken on every authorization request, so scopes of an abandoned "Grant access" do not linger.
        List<String> scopesToGrant = ScopesToGrant.takeFrom(request);
        if (request.getParameter(SignInLinks.CONSENT_PARAMETER) == null) {
            return authorizationRequest;
        }
        Set<String> scopes = new LinkedHashSet<>(authorizationRequest.getScopes());
        scopes.addAll(scopesToGrant);
        return OAuth2AuthorizationRequest.from(authorizationRequest)
                .scopes(scopes)
                .additionalParameters(parameters -> parameters.put("prompt", "consent"))
                .build();
    }
}
