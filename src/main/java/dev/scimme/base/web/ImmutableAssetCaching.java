package dev.scimme.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the browser keep an asset whose address changes with its content for a year without asking
 * again: the files of the frontend build under {@code /VAADIN/build/} (Vite names them
 * {@code name-<hash>.js}) and anything Vaadin addresses with a content version ({@code ?v-c=}).
 *
 * <p>Vaadin's own file server gives the build's files one hour ({@code max-age=3600}): it only trusts
 * names of the GWT era ({@code .cache.}) to be content-hashed. It sets the header while it writes the
 * file, after every filter has run, so this filter cannot set the header beforehand: it wraps the
 * response and turns Vaadin's {@code Cache-Control} into the year-long one. A response Vaadin does not
 * cache (a missing file) keeps Spring Security's {@code no-store}; so does every page.
 *
 * <p>Spring Security has also sent {@code Pragma: no-cache} and {@code Expires: 0} by then. Chromium
 * reads {@code Pragma: no-cache} in a response as {@code Cache-Control: no-cache}, whatever the
 * {@code Cache-Control} says, and asked the server again for every asset on every page load (15 requests
 * of a warm-cache load in figure 6): the wrapper removes both where it sets the year-long header.
 */
final class ImmutableAssetCaching extends OncePerRequestFilter {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** Vite's default file names: {@code [name]-[hash].[ext]}, the hash 8 characters of base64url. */
    private static final Pattern HASHED_BUILD_FILE = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[a-z]+");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isContentAddressed(request)) {
            chain.doFilter(request, new CachedForAYear(response));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isContentAddressed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HASHED_BUILD_FILE.matcher(path).matches() || request.getParameter("v-c") != null;
    }

    private static final class CachedForAYear extends HttpServletResponseWrapper {

        CachedForAYear(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (isCacheControl(name)) {
                cacheForAYear();
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheControl(name)) {
                cacheForAYear();
            } else {
                super.addHeader(name, value);
            }
        }

        /** A {@code null} value removes the header (Servlet 4.0 onwards). */
        private void cacheForAYear() {
            super.setHeader(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            super.setHeader(HttpHeaders.PRAGMA, null);
            super.setHeader(HttpHeaders.EXPIRES, null);
        }

        private static boolean isCacheControl(String name) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name);
        }
    }
}
