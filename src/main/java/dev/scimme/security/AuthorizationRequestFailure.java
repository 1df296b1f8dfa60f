package dev.scimme.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Where a sign-in goes that cannot even start: discovery failed (the IdP is unreachable, or its
 * discovery document names another issuer than the configured one). Spring answers those with a
 * bare HTTP 500; this sends the user to the same sign-in error page a rejected callback reaches,
 * with its "Try again".
 */
final class AuthorizationRequestFailure implements ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> {

    @Override
    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
        filter.setAuthenticationFailureHandler(
                new SimpleUrlAuthenticationFailureHandler("/" + SecurityConfiguration.SIGN_IN_FAILED_ROUTE));
        return filter;
    }
}
