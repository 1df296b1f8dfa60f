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
            super.setHeader(name, isCacheControl(name) ? IMMUTABLE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (isCacheControl(name)) {
                super.setHeader(name, IMMUTABLE);
            } else {
                super.addHeader(name, value);
            }
        }

        private static boolean isCacheControl(String name) {
            return HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name);
        }
    }
}
