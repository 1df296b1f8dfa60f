package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every page tells the browser about framing, sniffing, referrers, transport and the session cookie. */
class SecurityHeadersTest extends AppOnHostileIdp {

    @Test
    void pages_carry_a_content_security_policy_that_forbids_framing_and_foreign_scripts() {
        HttpResponse<String> page = browser.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(policy)
                .contains(
                        "frame-ancestors 'none'",
                        "object-src 'none'",
                        "base-uri 'self'",
                        "default-src 'self'",
                        "connect-src 'self'");
        assertThat(directive(policy, "script-src"))
                .as("no foreign script origins, no wildcards")
                .isEqualTo("script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void pages_are_not_sniffed_and_send_no_referrer_to_other_sites() {
        HttpResponse<String> page = browser.get("/");

        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_not_secure_over_plain_http() {
        HttpResponse<String> page = browser.get("/");

        String cookie = sessionCookie(page.headers().allValues("Set-Cookie"));
        assertThat(cookie)
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over TLS")
                .isEmpty();
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() {
        HttpResponse<String> page = browser.get("/", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443");

        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(sessionCookie(page.headers().allValues("Set-Cookie")))
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.strip().startsWith(name + " ")) {
                return directive.strip();
            }
        }
        return "";
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + setCookies));
    }
}
