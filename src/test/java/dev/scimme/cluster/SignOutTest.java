package dev.scimme.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignOutTest {

    @Test
    void a_sign_out_travels_as_stream_fields_and_back_unchanged() {
        SignOut signOut = new SignOut(
                "http://localhost:9000",
                List.of("client", "other"),
                "demo",
                "idp-session",
                "jti-1",
                Instant.ofEpochSecond(1_764_590_400L));

        assertThat(SignOut.fromFields(signOut.toFields())).isEqualTo(signOut);
        assertThat(signOut.toFields()).containsOnlyKeys("iss", "aud", "sub", "sid", "jti", "iat");
    }

    @Test
    void a_stream_entry_that_is_not_a_sign_out_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> SignOut.fromFields(Map.of("iss", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a sign-out");
        assertThatThrownBy(() -> SignOut.fromFields(Map.of("iss", "x", "aud", "c", "jti", "j", "iat", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iat soon");
        assertThatThrownBy(() -> SignOut.fromFields(Map.of("iss", "x", "aud", "c", "jti", "j", "iat", "1")))
                .as("names neither a user nor a session")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
