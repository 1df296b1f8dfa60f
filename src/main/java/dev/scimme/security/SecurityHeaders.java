package dev.scimme.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every page of the app carries, on top of Spring Security's defaults
 * ({@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, no-store caching, and
 * {@code Strict-Transport-Security} on requests that arrived over TLS — directly, or through a proxy
 * when {@code SERVER_FORWARD_HEADERS_STRATEGY=native} tells Tomcat to trust {@code X-Forwarded-Proto}).
 */
final class SecurityHeaders {

    /**
     * What the browser may load and run. Vaadin Flow forces two relaxations, both measured by the
     * end-to-end tests (they run with this header and fail on any CSP violation Chromium reports):
     * <ul>
     * <li>{@code script-src 'unsafe-inline'}: Flow's bootstrap page is generated per request with an
     * inline script carrying the first UI state, without a nonce.</li>
     * <li>{@code script-src 'unsafe-eval'}: the Flow client runs the JavaScript the server sends
     * ({@code executeJs}, used by Flow itself for navigation and {@code Page.setLocation}) through
     * {@code new Function(...)}.</li>
     * <li>{@code style-src 'unsafe-inline'}: components and Lumo set inline styles and inject
     * {@code <style>} elements at runtime.</li>
     * </ul>
     * What stays closed: other origins for scripts, styles, connections (push uses a same-origin
     * WebSocket, which {@code 'self'} covers), plugins, {@code <base>} rewriting, and being framed
     * by anyone ({@code frame-ancestors 'none'}, the CSP successor of {@code X-Frame-Options}).
     * Values from the IdP or the SCIM API are always set as text, so these relaxations are not what
     * keeps hostile data from running; the CSP is the second line.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    private SecurityHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        // Before the request goes on, not when the response is committed: Vaadin's bootstrap page
        // is committed past Spring's response wrapper, and would otherwise go out without these
        // headers (and with Vaadin's own X-Frame-Options: SAMEORIGIN, which it only sets when absent).
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // The app's URLs carry nothing secret, but the IdP has no business seeing them.
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
