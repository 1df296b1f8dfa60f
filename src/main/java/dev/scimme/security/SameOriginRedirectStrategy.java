package dev.scimme.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Where the browser goes after sign-in: only to a path of this app. Vaadin's success handler takes
 * its target from the saved request, the session, or a {@code Saved-url} request parameter; a
 * parameter such as {@code Saved-url=https://evil.example} (or {@code //evil.example}, which a
 * browser reads as another host) would otherwise make the sign-in an open redirect. Anything that is
 * not a same-origin URL is replaced by the app's start page.
 */
final class SameOriginRedirectStrategy extends VaadinSavedRequestAwareAuthenticationSuccessHandler.RedirectStrategy {

    private static final Log LOG = LogFactory.getLog(SameOriginRedirectStrategy.class);

    /** The success handler Vaadin's configurer uses when it finds one among the shared objects. */
    static VaadinSavedRequestAwareAuthenticationSuccessHandler successHandler() {
        VaadinSavedRequestAwareAuthenticationSuccessHandler handler =
                new VaadinSavedRequestAwareAuthenticationSuccessHandler();
        handler.setDefaultTargetUrl("/");
        handler.setRedirectStrategy(new SameOriginRedirectStrategy());
        return handler;
    }

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if (isSameOrigin(request, url)) {
            super.sendRedirect(request, response, url);
        } else {
            LOG.warn("Refused a post-sign-in redirect to another origin; sending the user to the start page instead");
            super.sendRedirect(request, response, request.getContextPath() + "/");
        }
    }

    static boolean isSameOrigin(HttpServletRequest request, String url) {
        if (url.isEmpty() || url.chars().anyMatch(c -> c < 0x21 || c == '\\' || c == 0x7f)) {
            // Browsers strip tabs and newlines and treat "\" as "/": "/\evil.example" leaves the origin.
            return false;
        }
        URI target;
        try {
            target = new URI(url);
        } catch (URISyntaxException e) {
            return false;
        }
        if (target.getScheme() == null && target.getRawAuthority() == null) {
            return url.startsWith("/") && !url.startsWith("//");
        }
        return request.getScheme().equalsIgnoreCase(target.getScheme())
                && request.getServerName().equalsIgnoreCase(target.getHost())
                && request.getServerPort() == effectivePort(target)
                && target.getRawUserInfo() == null;
    }

    private static int effectivePort(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
