package dev.scimme.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import dev.scimme.security.SignedInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class HomeViewTest extends SpringBrowserlessTest {

    @AfterEach
    void signOut() {
        SignedInAs.signOut();
    }

    @Test
    void signed_out_visitor_sees_what_the_app_does_and_a_sign_in_button() {
        HomeView home = navigate(HomeView.class);

        assertThat(home.heading.getText()).isEqualTo("Your profile, from your identity provider");
        assertThat(find(Button.class).withId("sign-in").single().getText()).isEqualTo("Sign in");
        assertThat(find(RouterLink.class).withId("link-server-profile").all()).isEmpty();
        assertThat(find(RouterLink.class).withId("link-client-profile").all()).isEmpty();
    }

    @Test
    void signed_in_user_is_welcomed_by_given_name_and_offered_both_profile_routes() {
        SignedInAs.signIn(SignedInAs.demoUser());

        HomeView home = navigate(HomeView.class);

        assertThat(home.heading.getText()).isEqualTo("Welcome, Demo");
        assertThat(find(RouterLink.class).withId("link-server-profile").single().getHref())
                .isEqualTo("server-profile");
        assertThat(find(RouterLink.class).withId("link-client-profile").single().getHref())
                .isEqualTo("client-profile");
        assertThat(find(Button.class).withId("sign-in").all()).isEmpty();
    }

    @Test
    void signed_in_user_sees_their_name_and_sign_out_in_the_layout() {
        SignedInAs.signIn(SignedInAs.demoUser());

        navigate(HomeView.class);

        assertThat(find(Button.class).withId("sign-out").single().getText()).isEqualTo("Sign out");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("signed-in-user")
                        .single()
                        .getText())
                .isEqualTo("Demo User");
    }
}
