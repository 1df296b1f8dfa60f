package dev.scimme.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.router.RouterLink;
import dev.scimme.security.SignedInAs;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class MainLayoutTest extends SpringBrowserlessTest {

    @AfterEach
    void signOut() {
        SignedInAs.signOut();
    }

    @Test
    void a_signed_out_visitor_is_offered_only_the_pages_open_to_everyone() {
        navigate(HomeView.class);

        assertThat(linkTexts()).containsExactly("Home");
    }

    @Test
    void a_signed_in_user_is_offered_both_profile_routes_and_only_the_page_shown_is_marked_current() {
        SignedInAs.signIn(SignedInAs.demoUser());

        navigate(HomeView.class);
        assertThat(linkTexts()).containsExactly("Home", "Server profile", "Client profile");
        assertThat(currentLinks()).containsExactly("Home");

        navigate(SignInFailedView.class);
        assertThat(currentLinks()).isEmpty();
    }

    private MainLayout layout() {
        return find(MainLayout.class).single();
    }

    private List<String> linkTexts() {
        return links().stream()
                .map(link -> link.getElement().getTextRecursively())
                .toList();
    }

    private List<String> currentLinks() {
        return links().stream()
                .filter(link -> "page".equals(link.getElement().getAttribute("aria-current")))
                .map(link -> link.getElement().getTextRecursively())
                .toList();
    }

    private List<RouterLink> links() {
        return layout().navigation.getChildren().map(RouterLink.class::cast).toList();
    }
}
