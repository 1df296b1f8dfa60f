package dev.scimme.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a view start sign-in and come back to where the user was ({@link SignInLinks}): the return
 * path is stored in the request cache, exactly where a protected route visited while signed out
 * would be, so the usual success handler sends the user back there.
 */
class SignInReturnFilter extends OncePerRequestFilter {

    private final RequestCache requestCache;

    SignInReturnFilter(RequestCache requestCache) {
        this.requestCache = requestCache;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityConfiguration.LOGIN_PATH.equals(request.getRequestURI())
                || request.getParameter(SignInLinks.RETURN_PARAMETER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
