package dev.scimme.profile.ui;

import static dev.scimme.profile.ui.ServerProfileViewTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.communication.PushMode;
import dev.scimme.base.ui.MainLayoutTestRoutes;
import dev.scimme.profile.MyProfileService;
import dev.scimme.profile.ProfileFailure.Kind;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.security.SignedInAs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest
@ActiveProfiles("test")
class ClientProfileViewTest extends SpringBrowserlessTest {

    @MockitoBean
    MyProfileService profiles;

    @MockitoBean
    ProfileEditingService editing;

    /** Loads started by the view, each answered when the test says so, as a slow API would. */
    private final List<PendingLoad> loads = new ArrayList<>();

    @BeforeEach
    void signInAndHoldLoads() {
        SignedInAs.signIn(SignedInAs.demoUser());
        when(editing.capabilities()).thenReturn(EditFixtures.editable());
        when(profiles.loadInBackground(any())).thenAnswer(invocation -> {
            PendingLoad load = new PendingLoad(invocation.getArgument(0));
            loads.add(load);
            return load.future;
        });
    }

    @AfterEach
    void signOut() {
        SignedInAs.signOut();
    }

    @Test
    void the_layout_appears_at_once_with_loading_placeholders() {
        ClientProfileView view = navigate(ClientProfileView.class);

        assertThat(loads).hasSize(1);
        assertThat(row(view, "email")).isEqualTo("Loading…");
        assertThat(row(view, "given-name")).isEqualTo("Loading…");
        assertThat(row(view, "family-name")).isEqualTo("Loading…");
        assertThat(view.refresh.isEnabled()).isFalse();
    }

    @Test
    void the_profile_is_filled_in_when_it_arrives() {
        ClientProfileView view = navigate(ClientProfileView.class);

        answer(0, ProfileFixtures.demoProfile());

        assertThat(row(view, "email")).startsWith("demo@example.com");
        assertThat(row(view, "given-name")).isEqualTo("Demo");
        assertThat(row(view, "family-name")).isEqualTo("User");
        assertThat(view.refresh.isEnabled()).isTrue();
    }

    @Test
    void a_profile_that_comes_at_once_is_in_the_answer_that_shows_the_view_not_pushed_after_it() {
        // An API that answers within the grace: here before the view even waits.
        when(profiles.loadInBackground(any())).thenAnswer(invocation -> {
            invocation.<Consumer<ProfileResult>>getArgument(0).accept(ProfileFixtures.demoProfile());
            return CompletableFuture.completedFuture(null);
        });

        ClientProfileView view = navigate(ClientProfileView.class);

        // No UI.access task run: what a pushed profile would need.
        assertThat(row(view, "email")).startsWith("demo@example.com");
        assertThat(view.announcement.getText()).isEqualTo(ClientProfileView.LOADED);
        assertThat(view.refresh.isEnabled()).isTrue();
    }

    @Test
    void screen_readers_are_told_when_the_profile_arrives_or_fails() {
        ClientProfileView view = navigate(ClientProfileView.class);
        assertThat(view.announcement.getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(view.announcement.getText()).isEqualTo("Loading your profile…");

        answer(0, ProfileFixtures.demoProfile());
        assertThat(view.announcement.getText()).isEqualTo("Profile loaded");

        test(view.refresh).click();
        answer(1, ProfileFixtures.failed(Kind.SERVER_ERROR, 500, null));
        assertThat(view.announcement.getText()).isEqualTo("Failed to fetch user details");
    }

    @Test
    void the_edit_action_appears_with_the_profile_not_before() {
        ClientProfileView view = navigate(ClientProfileView.class);
        assertThat(view.card.edit.isVisible()).isFalse();

        answer(0, ProfileFixtures.demoProfile());

        assertThat(view.card.edit.isVisible()).isTrue();
    }

    @Test
    void hostile_values_arrive_as_text() {
        ClientProfileView view = navigate(ClientProfileView.class);

        answer(0, ProfileFixtures.hostileProfile());

        assertThat(row(view, "given-name")).isEqualTo(ProfileFixtures.HOSTILE);
        assertThat(view.card.rows.getElement().getOuterHTML()).doesNotContain("<img");
    }

    @Test
    void oversized_values_arrive_shortened() {
        ClientProfileView view = navigate(ClientProfileView.class);

        answer(0, ProfileFixtures.oversizedProfile());

        assertThat(row(view, "given-name")).endsWith("… (9500 more characters)");
        assertThat(row(view, "email").split("\n")).hasSize(21).endsWith("… and 980 more addresses");
    }

    @Test
    void a_failure_shows_the_error_state_and_try_again_recovers() {
        ClientProfileView view = navigate(ClientProfileView.class);
        answer(0, ProfileFixtures.failed(Kind.TIMEOUT, 0, null));
        assertThat(view.card.failure.isVisible()).isTrue();
        assertThat(view.card.failure.reason.getText()).contains("did not answer in time");

        test(find(Button.class).withId("profile-try-again").single()).click();

        assertThat(row(view, "email")).isEqualTo("Loading…");
        assertThat(view.card.failure.isVisible()).isFalse();
        answer(1, ProfileFixtures.demoProfile());
        assertThat(row(view, "given-name")).isEqualTo("Demo");
    }

    @Test
    void refresh_loads_again_showing_the_loading_state() {
        ClientProfileView view = navigate(ClientProfileView.class);
        answer(0, ProfileFixtures.demoProfile());

        test(view.refresh).click();

        assertThat(view.refresh.isEnabled()).as("disabled while loading").isFalse();
        assertThat(loads).hasSize(2);
        assertThat(row(view, "email")).isEqualTo("Loading…");
    }

    @Test
    void leaving_the_view_cancels_the_pending_load() {
        navigate(ClientProfileView.class);

        navigate(MainLayoutTestRoutes.home());

        assertThat(loads.getFirst().future.isCancelled()).isTrue();
    }

    @Test
    void push_is_on_while_the_view_is_shown_and_off_once_the_user_leaves_it() {
        navigate(ClientProfileView.class);
        UI ui = UI.getCurrent();
        assertThat(ui.getPushConfiguration().getPushMode()).isEqualTo(PushMode.AUTOMATIC);

        navigate(MainLayoutTestRoutes.home());

        assertThat(UI.getCurrent()).as("the same tab").isSameAs(ui);
        assertThat(ui.getPushConfiguration().getPushMode())
                .as("an open push connection costs server memory for as long as the tab stays open")
                .isEqualTo(PushMode.DISABLED);
    }

    private void answer(int index, ProfileResult result) {
        loads.get(index).whenDone.accept(result);
        // The view hands the result over with UI.access, queued while the test holds the session lock.
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    private record PendingLoad(Consumer<ProfileResult> whenDone, CompletableFuture<Void> future) {
        PendingLoad(Consumer<ProfileResult> whenDone) {
            this(whenDone, new CompletableFuture<>());
        }
    }
}
