package dev.scimme.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * When the redirect to the IdP cannot even be built — its discovery document cannot be read —
 * the user gets a page saying so, with "Try again", instead of Spring's bare HTTP 500.
 */
class AuthorizationRequestFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler unavailable =
            new SimpleUrlAuthenticationFailureHandler("/" + SecurityConfiguration.SIGN_IN_UNAVAILABLE_ROUTE);
    private final AuthenticationFailureHandler failed =
            new SimpleUrlAuthenticationFailureHandler("/" + SecurityConfiguration.SIGN_IN_FAILED_ROUTE);

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        boolean idpDown = hasCause(exception, IdentityProviderUnavailableException.class);
        (idpDown ? unavailable : failed).onAuthenticationFailure(request, response, exception);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
