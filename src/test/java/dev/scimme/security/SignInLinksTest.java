package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInLinksTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/server-profile", "/client-profile"})
    void a_path_of_this_app_is_a_return_target(String path) {
        assertThat(SignInLinks.returnPath(path)).contains(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "https://evil.example",
                "http://evil.example/x",
                "evil.example",
                "/\\evil.example",
                "/%2F%2Fevil.example",
                "/x/../../etc",
                "",
                "javascript:alert(1)",
                "/a b"
            })
    void anything_else_is_refused(String target) {
        assertThat(SignInLinks.returnPath(target)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void links_carry_the_route_and_for_missing_scopes_ask_for_consent() {
        assertThat(SignInLinks.signInAgain("client-profile"))
                .isEqualTo("/oauth2/authorization/asgardeo?return=%2Fclient-profile");
        assertThat(SignInLinks.grantAccess("client-profile"))
                .isEqualTo("/oauth2/authorization/asgardeo?return=%2Fclient-profile&consent");
    }
}
