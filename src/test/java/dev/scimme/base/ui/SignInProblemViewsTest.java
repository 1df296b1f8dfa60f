package dev.scimme.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SignInProblemViewsTest extends SpringBrowserlessTest {

    @Test
    void an_unreachable_idp_is_named_and_sign_in_can_be_tried_again() {
        SignInUnavailableView view = navigate(SignInUnavailableView.class);

        assertThat(view.message.getText())
                .startsWith("The identity provider at http://127.0.0.1:9/oauth2/token cannot be reached.");
        assertThat(find(Button.class).withId("idp-retry").single().getText()).isEqualTo("Try again");
    }

    @Test
    void a_rejected_sign_in_names_the_oauth_error_but_never_its_description() {
        String reason = SignInFailedView.describe(new OAuth2AuthenticationException(
                new OAuth2Error("invalid_id_token", "The ID Token contains invalid claims: {iss=https://evil}", null)));

        assertThat(reason).contains("(invalid_id_token)").doesNotContain("evil");
    }

    @Test
    void the_sign_in_failed_page_offers_to_try_again() {
        navigate(SignInFailedView.class);

        assertThat(find(Button.class).withId("sign-in-retry").single().getText())
                .isEqualTo("Try again");
    }
}
