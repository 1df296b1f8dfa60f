package dev.scimme.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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
