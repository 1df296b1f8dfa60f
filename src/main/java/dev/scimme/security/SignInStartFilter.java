package dev.scimme.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs where sign-in starts, before the redirect to the IdP. If the IdP does not answer, the user
 * gets this app's page saying so instead of the browser's connection error. Otherwise a view may
 * have asked to come back to where the user was ({@link SignInLinks}): the return path is stored in
 * the request cache, exactly where a protected route visited while signed out would be, so the
 * usual success handler sends the user back there.
 */
class SignInStartFilter extends OncePerRequestFilter {

    private final RequestCache requestCache;
    private final IdentityProviderAvailability availability;

    SignInStartFilter(RequestCache requestCache, IdentityProviderAvailability availability) {
        this.requestCache = requestCache;
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityConfiguration.LOGIN_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.isReachable()) {
            response.sendRedirect(request.getContextPath() + "/" + SecurityConfiguration.SIGN_IN_UNAVAILABLE_ROUTE);
            return;
        }
        SignInLinks.returnPath(request.getParameter(SignInLinks.RETURN_PARAMETER))
                .ifPresent(path -> requestCache.saveRequest(new GetOf(request, path), response));
        chain.doFilter(request, response);
    }

    /** The request a browser would have made for {@code path}. */
    private static final class GetOf extends HttpServletRequestWrapper {

        private final String path;

        GetOf(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(getScheme() + "://" + getServerName() + ":" + getServerPort() + getRequestURI());
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }
    }
}
