package dev.scimme.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.client.MockClientHttpResponse;

class MeResponseTest {

    /** An endless body, as a broken or hostile server could stream it without Content-Length. */
    private static final class EndlessBody extends InputStream {

        long served;

        @Override
        public int read() {
            served++;
            return 'x';
        }
    }

    @Test
    void the_scope_attribute_is_found_among_others_and_not_inside_another_attributes_value() {
        MeResponse response = forbidden("Bearer realm=\"a \\\" scope=evil\", error=insufficient_scope,"
                + " error_description=\"scope=admin\", scope=\" internal_login  groups \"");

        assertThat(response.namedScopes()).containsExactly("internal_login", "groups");
    }

    @Test
    void a_scope_given_as_a_token_rather_than_a_quoted_string_counts_too() {
        assertThat(forbidden("Bearer error=\"insufficient_scope\",scope=internal_login")
                        .namedScopes())
                .containsExactly("internal_login");
    }

    @Test
    void a_huge_or_unterminated_challenge_names_no_scope_and_is_read_quickly() {
        String huge = "Bearer error=\"insufficient_scope\", " + "a".repeat(1_000_000) + " scope=\"x\"";
        String unterminated = "Bearer error=\"insufficient_scope\", realm=\"" + "a=b ".repeat(900);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThat(forbidden(huge).namedScopes()).isEmpty();
            assertThat(forbidden(unterminated).namedScopes()).isEmpty();
        });
    }

    private static MeResponse forbidden(String challenge) {
        return new MeResponse(403, null, List.of(challenge), new byte[0], false);
    }

    @Test
    void an_endless_body_is_read_only_to_the_limit_and_one_byte_more() throws IOException {
        EndlessBody body = new EndlessBody();

        MeResponse response = MeResponse.read(new MockClientHttpResponse(body, 200), 1024);

        assertThat(response.bodyTooLarge()).isTrue();
        assertThat(response.hasBody()).isFalse();
        assertThat(body.served).isEqualTo(1025);
    }

    @Test
    void a_body_announced_larger_than_the_limit_is_not_read_at_all() throws IOException {
        EndlessBody body = new EndlessBody();
        MockClientHttpResponse announced = new MockClientHttpResponse(body, 200);
        announced.getHeaders().setContentLength(5_000);

        MeResponse response = MeResponse.read(announced, 1024);

        assertThat(response.bodyTooLarge()).isTrue();
        assertThat(body.served).isZero();
    }

    @Test
    void a_body_exactly_at_the_limit_is_kept() throws IOException {
        MockClientHttpResponse exact = new MockClientHttpResponse(new byte[1024], 200);
        exact.getHeaders().set(HttpHeaders.CONTENT_TYPE, "application/scim+json");

        MeResponse response = MeResponse.read(exact, 1024);

        assertThat(response.bodyTooLarge()).isFalse();
        assertThat(response.body()).hasSize(1024);
        assertThat(response.contentType()).isEqualTo("application/scim+json");
    }

    @Test
    void a_body_announced_exactly_at_the_limit_is_kept() throws IOException {
        MockClientHttpResponse announced = new MockClientHttpResponse(new byte[1024], 200);
        announced.getHeaders().setContentLength(1024);

        MeResponse response = MeResponse.read(announced, 1024);

        assertThat(response.bodyTooLarge()).isFalse();
        assertThat(response.body()).hasSize(1024);
    }
}
