package dev.scimme.profile.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.scimme.profile.MyProfileService;
import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ProfileFailure.Kind;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimProfile;
import dev.scimme.profile.edit.ProfileDraft;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.profile.edit.SaveResult;
import dev.scimme.security.SignedInAs;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@SpringBootTest
@ActiveProfiles("test")
class ProfileEditViewTest extends SpringBrowserlessTest {

    @MockitoBean
    MyProfileService profiles;

    @MockitoBean
    ProfileEditingService editing;

    private final ScimProfile demo = ((ProfileResult.Loaded) ProfileFixtures.demoProfile()).profile();

    @BeforeEach
    void signInWithAnEditableProfile() {
        SignedInAs.signIn(SignedInAs.demoUser());
        when(profiles.load()).thenReturn(new ProfileResult.Loaded(demo));
        when(profiles.loadInBackground(any())).thenAnswer(call -> new CompletableFuture<Void>());
        when(editing.capabilities()).thenReturn(EditFixtures.editable());
        when(editing.draftOf(any())).thenAnswer(call -> EditFixtures.draftOf(call.getArgument(0)));
    }

    @AfterEach
    void signOut() {
        SignedInAs.signOut();
    }

    @Test
    void every_attribute_is_a_labelled_field_read_only_where_the_server_says_so() {
        ProfileEditView view = open("server-profile");

        ProfileEditForm form = view.form;
        assertThat(form.attributes.values())
                .extracting(TextField::getLabel)
                .containsExactly("userName", "First Name", "Last Name", "title", "department");
        assertThat(field(view, "name.givenName").getValue()).isEqualTo("Demo");
        assertThat(field(view, "name.familyName").getValue()).isEqualTo("User");
        assertThat(field(view, "name.givenName").isRequiredIndicatorVisible()).isTrue();
        assertThat(field(view, "name.familyName").isRequiredIndicatorVisible()).isFalse();
        assertThat(field(view, "userName").isReadOnly()).isTrue();
        assertThat(field(view, EditFixtures.DEPARTMENT).isReadOnly()).isTrue();
        assertThat(field(view, EditFixtures.DEPARTMENT).getValue()).isEqualTo("Engineering");
        assertThat(field(view, "title").isReadOnly()).isFalse();
    }

    @Test
    void e_mail_addresses_are_listed_with_the_primary_one_marked_and_can_be_added_and_removed() {
        ProfileEditView view = open("server-profile");
        EmailListField emails = view.form.emails;
        assertThat(emails.rows())
                .extracting(row -> row.value.getValue())
                .containsExactly("demo@example.com", "d@home.example");
        assertThat(emails.rows()).extracting(row -> row.primary.getValue()).containsExactly(true, false);
        assertThat(emails.rows())
                .extracting(row -> row.value.getLabel())
                .containsExactly("E-mail address 1", "E-mail address 2");

        test(emails.add).click();
        test(emails.rows().get(2).value).setValue("new@example.com");
        test(emails.rows().getFirst().remove).click();

        assertThat(emails.value())
                .containsExactly(
                        new ProfileDraft.EmailEntry("d@home.example", "home", false),
                        new ProfileDraft.EmailEntry("new@example.com", null, false));
        assertThat(emails.rows().getFirst().value.getLabel()).isEqualTo("E-mail address 1");
    }

    @Test
    void phone_numbers_can_be_added_and_removed() {
        when(profiles.load()).thenReturn(new ProfileResult.Loaded(EditFixtures.withPhone(demo, "+1 555 0100")));
        ProfileEditView view = open("server-profile");
        PhoneListField phones = view.form.phones;

        test(phones.add).click();
        test(phones.rows().get(1).value).setValue("+44 20 7946 0000");
        test(phones.rows().getFirst().remove).click();

        assertThat(phones.value()).containsExactly(new ProfileDraft.PhoneEntry("+44 20 7946 0000", null));
    }

    @Test
    void client_side_checks_stop_the_save_mark_each_field_and_announce_the_first_problem() {
        ProfileEditView view = open("server-profile");
        test(field(view, "name.givenName")).setValue("");
        test(field(view, "title")).setValue("x".repeat(257));
        test(view.form.emails.rows().get(1).value).setValue("not an address");
        test(view.form.emails.rows().get(1).primary).click();

        test(view.save).click();

        verify(editing, never()).save(any(), any());
        assertThat(field(view, "name.givenName").isInvalid()).isTrue();
        assertThat(field(view, "name.givenName").getErrorMessage()).isEqualTo(ClientChecks.REQUIRED);
        assertThat(field(view, "title").getErrorMessage()).isEqualTo(ClientChecks.TOO_LONG);
        assertThat(view.form.emails.rows().get(1).value.getErrorMessage()).isEqualTo(ClientChecks.NOT_AN_EMAIL);
        assertThat(view.form.emails.error.getText()).isEqualTo(ClientChecks.ONE_PRIMARY);
        assertThat(view.outcome.message.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(view.outcome.message.getText())
                .isEqualTo("Some fields need your attention: 4 fields. " + ClientChecks.REQUIRED);
        assertThat(field(view, "title").getValue()).as("input kept").hasSize(257);
    }

    @Test
    void saved_returns_to_the_route_it_came_from_and_the_header_shows_the_new_name() {
        ScimProfile renamed = EditFixtures.withNames(demo, "Dema", "Userson");
        when(editing.save(any(), any())).thenReturn(new SaveResult.Saved(renamed, List.of()));
        ProfileEditView view = open("client-profile");
        test(field(view, "name.givenName")).setValue("Dema");
        test(field(view, "name.familyName")).setValue("Userson");

        test(view.save).click();

        ArgumentCaptor<ProfileDraft> sent = ArgumentCaptor.forClass(ProfileDraft.class);
        verify(editing).save(eq(demo), sent.capture());
        assertThat(sent.getValue().attributes())
                .containsEntry("name.givenName", "Dema")
                .containsEntry("name.familyName", "Userson")
                .containsEntry(EditFixtures.DEPARTMENT, "Engineering");
        ClientProfileView back = (ClientProfileView) getCurrentView();
        assertThat(back.card.notice.getText()).isEqualTo(SaveOutcomeMessage.SAVED);
        assertThat(headerName()).isEqualTo("Dema Userson");
    }

    @Test
    void the_saved_name_stays_in_the_header_on_later_pages_of_the_session() {
        when(editing.save(any(), any()))
                .thenReturn(new SaveResult.Saved(EditFixtures.withNames(demo, "Dema", "Userson"), List.of()));
        ProfileEditView view = open("server-profile");
        test(view.save).click();

        navigate(dev.scimme.base.ui.MainLayoutTestRoutes.home());

        assertThat(headerName()).isEqualTo("Dema Userson");
    }

    @Test
    void addresses_waiting_for_confirmation_are_named_on_the_profile_page() {
        when(editing.save(any(), any()))
                .thenReturn(new SaveResult.Saved(demo, List.of("new@example.com", "<b>x</b>@example.com")));
        ProfileEditView view = open("server-profile");

        test(view.save).click();

        ServerProfileView back = (ServerProfileView) getCurrentView();
        assertThat(back.card.notice.getText())
                .contains("new@example.com, <b>x</b>@example.com wait for you to confirm them");
        assertThat(back.card.notice.getElement().getAttribute("role")).isEqualTo("status");
        verify(profiles, times(2)).load();
    }

    @Test
    void unchanged_goes_back_saying_nothing_was_saved() {
        when(editing.save(any(), any())).thenReturn(new SaveResult.Unchanged());
        ProfileEditView view = open("server-profile");

        test(view.save).click();

        assertThat(((ServerProfileView) getCurrentView()).card.notice.getText())
                .isEqualTo(SaveOutcomeMessage.UNCHANGED);
    }

    @Test
    void a_conflict_keeps_the_input_shows_the_server_values_and_the_next_save_builds_on_them() {
        ScimProfile current = EditFixtures.withNames(demo, "Changed", "Elsewhere");
        when(editing.save(any(), any())).thenReturn(new SaveResult.Conflict(current));
        ProfileEditView view = open("server-profile");
        test(field(view, "name.givenName")).setValue("Mine");

        test(view.save).click();

        assertThat(view.outcome.message.getText()).isEqualTo(SaveOutcomeMessage.CHANGED_ELSEWHERE);
        assertThat(view.outcome.message.getText()).startsWith("Your profile was changed elsewhere");
        assertThat(field(view, "name.givenName").getValue()).isEqualTo("Mine");
        assertThat(field(view, "name.givenName").getHelperText()).isEqualTo("Now on the server: Changed");
        assertThat(field(view, "name.familyName").getHelperText()).isEqualTo("Now on the server: Elsewhere");
        assertThat(view.form.emails.serverValues.getText())
                .isEqualTo("Now on the server: demo@example.com, d@home.example");
        assertThat(getCurrentView()).isSameAs(view);

        test(view.save).click();

        verify(editing).save(eq(current), any());
    }

    @Test
    void a_refusal_naming_a_field_is_shown_on_that_field_in_the_apis_words_as_text() {
        when(editing.save(any(), any()))
                .thenReturn(new SaveResult.Rejected("invalidValue", "<i>title</i> is too fancy", "title"));
        ProfileEditView view = open("server-profile");
        test(field(view, "title")).setValue("Grand Vizier");

        test(view.save).click();

        assertThat(field(view, "title").isInvalid()).isTrue();
        assertThat(field(view, "title").getErrorMessage()).isEqualTo("<i>title</i> is too fancy");
        assertThat(field(view, "title").getValue()).isEqualTo("Grand Vizier");
        assertThat(view.outcome.message.getText()).contains("<i>title</i> is too fancy");
    }

    @Test
    void a_refusal_naming_the_e_mail_addresses_is_shown_on_the_list() {
        when(editing.save(any(), any()))
                .thenReturn(new SaveResult.Rejected("uniqueness", "Address in use", "emails[value eq \"x\"]"));
        ProfileEditView view = open("server-profile");

        test(view.save).click();

        assertThat(view.form.emails.error.getText()).isEqualTo("Address in use");
        assertThat(view.form.emails.error.isVisible()).isTrue();
    }

    @Test
    void a_refusal_naming_no_field_is_shown_above_the_form_in_the_apis_words() {
        when(editing.save(any(), any()))
                .thenReturn(new SaveResult.Rejected("mutability", "<script>nope</script>", null));
        ProfileEditView view = open("server-profile");

        test(view.save).click();

        assertThat(view.outcome.message.getText())
                .isEqualTo(SaveOutcomeMessage.REJECTED + " The API said: <script>nope</script>");
        assertThat(view.outcome.message.getElement().getOuterHTML()).doesNotContain("<script>");
    }

    @Test
    void a_server_failure_uses_the_words_of_reading_and_try_again_resends_without_retyping() {
        when(editing.save(any(), any()))
                .thenReturn(
                        new SaveResult.Failed(new ProfileFailure(Kind.SERVER_ERROR, 503, null, "test")),
                        new SaveResult.Saved(demo, List.of()));
        ProfileEditView view = open("server-profile");
        test(field(view, "title")).setValue("Engineer");
        test(view.save).click();
        assertThat(view.outcome.message.getText())
                .isEqualTo("Your changes were not saved. The profile API failed on its side (HTTP 503). "
                        + "Try again in a moment.");
        assertThat(view.outcome.tryAgain.isVisible()).isTrue();

        test(view.outcome.tryAgain).click();

        ArgumentCaptor<ProfileDraft> sent = ArgumentCaptor.forClass(ProfileDraft.class);
        verify(editing, times(2)).save(any(), sent.capture());
        assertThat(sent.getAllValues())
                .extracting(draft -> draft.attributes().get("title"))
                .containsExactly("Engineer", "Engineer");
        assertThat(getCurrentView()).isInstanceOf(ServerProfileView.class);
    }

    @Test
    void a_missing_scope_offers_grant_access_and_keeps_the_form() {
        when(editing.save(any(), any()))
                .thenReturn(new SaveResult.Failed(
                        new ProfileFailure(Kind.SCOPE_MISSING, 403, null, "test", List.of("internal_login"))));
        ProfileEditView view = open("server-profile");

        test(view.save).click();

        assertThat(view.outcome.signInAgain.isVisible()).isTrue();
        assertThat(view.outcome.signInAgain.getText()).isEqualTo("Grant access");
        assertThat(view.outcome.message.getText()).contains("the grant lacks the internal_login scope");
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    void a_profile_that_cannot_be_read_shows_the_failure_panel_of_the_profile_routes() {
        when(profiles.load()).thenReturn(ProfileFixtures.failed(Kind.TIMEOUT, 0, null));

        ProfileEditView view = open("server-profile");

        assertThat(view.loadFailure.isVisible()).isTrue();
        assertThat(view.loadFailure.reason.getText()).contains("did not answer in time");
        assertThat(view.form).isNull();
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void without_patch_support_there_is_no_form_and_the_reason_is_given() {
        when(editing.capabilities()).thenReturn(EditFixtures.notEditable("Read-only directory"));

        ProfileEditView view = open("server-profile");

        assertThat(view.form).isNull();
        assertThat(view.notEditable.getText()).isEqualTo("Read-only directory");
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void cancel_goes_back_to_the_route_it_came_from_without_saving() {
        ProfileEditView view = open("client-profile");

        test(view.cancel).click();

        assertThat(getCurrentView()).isInstanceOf(ClientProfileView.class);
        verify(editing, never()).save(any(), any());
    }

    @Test
    void a_from_parameter_naming_another_place_goes_back_to_the_server_profile() {
        ProfileEditView view = open("https://evil.example");

        test(view.cancel).click();

        assertThat(getCurrentView()).isInstanceOf(ServerProfileView.class);
    }

    private ProfileEditView open(String from) {
        UI.getCurrent()
                .navigate(ProfileEditView.ROUTE, com.vaadin.flow.router.QueryParameters.of(ProfileEditView.FROM, from));
        return (ProfileEditView) getCurrentView();
    }

    private static TextField field(ProfileEditView view, String path) {
        return view.form.attributes.get(path);
    }

    private String headerName() {
        return find(Span.class).withId("signed-in-user").single().getText();
    }
}
