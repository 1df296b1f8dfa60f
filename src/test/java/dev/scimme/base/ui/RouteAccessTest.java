package dev.scimme.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.scimme.profile.ui.ClientProfileView;
import dev.scimme.profile.ui.ServerProfileView;
import dev.scimme.security.SignedInAs;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class RouteAccessTest extends SpringBrowserlessTest {

    @AfterEach
    void signOut() {
        SignedInAs.signOut();
    }

    @Test
    void every_route_declares_who_may_open_it_and_only_home_and_the_sign_in_problem_pages_are_public() {
        Map<String, String> access = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .collect(Collectors.toMap(route -> route.getTemplate(), route -> rule(route.getNavigationTarget())));

        assertThat(access)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "", "anonymous",
                        "sign-in-failed", "anonymous",
                        "sign-in-unavailable", "anonymous",
                        "server-profile", "signed-in",
                        "client-profile", "signed-in",
                        "profile/edit", "signed-in"));
    }

    @Test
    void signed_out_visitor_of_server_profile_is_sent_to_sign_in() {
        navigate("server-profile", HomeView.class);

        assertThat(getCurrentView()).isNotInstanceOf(ServerProfileView.class);
    }

    @Test
    void signed_out_visitor_of_client_profile_is_sent_to_sign_in() {
        navigate("client-profile", HomeView.class);

        assertThat(getCurrentView()).isNotInstanceOf(ClientProfileView.class);
    }

    @Test
    void signed_in_user_may_open_both_profile_routes() {
        SignedInAs.signIn(SignedInAs.demoUser());

        assertThat(navigate(ServerProfileView.class)).isInstanceOf(ServerProfileView.class);
        assertThat(navigate(ClientProfileView.class)).isInstanceOf(ClientProfileView.class);
    }

    private static String rule(Class<?> view) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return "anonymous";
        }
        return view.isAnnotationPresent(PermitAll.class) ? "signed-in" : "none";
    }
}
