package dev.scimme.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.scimme.icons.AppIcon;
import dev.scimme.profile.MyProfileService;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimProfile;
import dev.scimme.profile.edit.EditCapabilities;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.profile.edit.SaveResult;
import dev.scimme.security.CurrentUser;
import dev.scimme.settings.AsgardeoProperties;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Editing one's own profile: the profile is read as the profile routes read it, the form shows it,
 * and "Save" sends what changed through {@link ProfileEditingService}. Whatever a save comes to
 * short of success, the user's input stays in the form and {@link EditOutcome} says what happened;
 * field problems also move the focus to the first field to fix. After a save, and on "Cancel", the
 * user goes back to the profile route they came from, which reads the profile anew.
 */
@Route(ProfileEditView.ROUTE)
@PageTitle("Edit profile · SCIM Me")
@PermitAll
class ProfileEditView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "profile/edit";
    /** The query parameter naming the route to go back to; only the two profile routes are accepted. */
    static final String FROM = "from";

    private static final Set<String> BACK_ROUTES = Set.of(ServerProfileView.ROUTE, ClientProfileView.ROUTE);

    final H2 heading = new H2("Edit profile");
    final EditOutcome outcome = new EditOutcome(this::save);
    final ProfileFailurePanel loadFailure = new ProfileFailurePanel();
    final Paragraph notEditable = new Paragraph();
    final Div formArea = new Div();
    final Button save = new Button("Save", AppIcon.CHECK.create());
    final Button cancel = new Button("Cancel");

    @Nullable ProfileEditForm form;

    private final MyProfileService profiles;
    private final ProfileEditingService editing;
    private final CurrentUser currentUser;
    private String from = ServerProfileView.ROUTE;
    private @Nullable ScimProfile original;

    ProfileEditView(
            MyProfileService profiles,
            ProfileEditingService editing,
            CurrentUser currentUser,
            AsgardeoProperties settings) {
        this.profiles = profiles;
        this.editing = editing;
        this.currentUser = currentUser;
        addClassName("app-page");
        notEditable.setId("edit-not-editable");
        notEditable.addClassName("profile-note");
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setId("edit-cancel");
        cancel.addClickListener(click -> back(null));
        Div actions = new Div(save, cancel);
        actions.addClassName("app-actions");
        Div card = new Div(heading, outcome, loadFailure, notEditable, formArea, actions);
        card.addClassName("profile-card");
        AccountLink.of(settings).ifPresent(card::add);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        from = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(FROM)
                .filter(BACK_ROUTES::contains)
                .orElse(ServerProfileView.ROUTE);
        outcome.clear();
        formArea.removeAll();
        form = null;
        original = null;
        loadFailure.setVisible(false);
        notEditable.setVisible(false);
        save.setVisible(false);
        switch (profiles.load()) {
            case ProfileResult.Loaded loaded -> showForm(loaded.profile());
            case ProfileResult.Failed failed -> showLoadFailure(ProfileFailureMessage.of(failed.failure()));
        }
    }

    private void showForm(ScimProfile profile) {
        EditCapabilities capabilities = editing.capabilities();
        if (!capabilities.patchSupported()) {
            String reason = capabilities.notEditableReason();
            notEditable.setText(reason == null ? ProfileCard.NOT_EDITABLE : ShortText.of(reason));
            notEditable.setVisible(true);
            return;
        }
        original = profile;
        form = new ProfileEditForm(capabilities, editing.draftOf(profile));
        formArea.add(form);
        save.setVisible(true);
    }

    private void showLoadFailure(ProfileFailureMessage failure) {
        loadFailure.show(failure);
        loadFailure.setVisible(true);
        outcome.offerRemedy(failure, from);
        if (failure.remedy() == ProfileFailureMessage.Remedy.SIGN_IN_NOW) {
            // Nothing typed yet, nothing to lose: as the profile routes do, go through sign-in at once.
            outcome.signInNow();
        }
    }

    private void save() {
        ProfileEditForm shown = form;
        ScimProfile base = original;
        if (shown == null || base == null) {
            return;
        }
        outcome.clear();
        shown.clearServerValues();
        List<FieldProblem> problems = shown.check();
        if (!problems.isEmpty()) {
            showFieldProblems(problems);
            return;
        }
        switch (editing.save(base, shown.draft())) {
            case SaveResult.Saved saved -> {
                currentUser.useSavedNames(
                        saved.profile().name().givenName(),
                        saved.profile().name().familyName());
                back(SaveOutcomeMessage.saved(saved.pendingConfirmation()));
            }
            case SaveResult.Unchanged unchanged -> back(SaveOutcomeMessage.UNCHANGED);
            case SaveResult.Conflict conflict -> {
                // Saving again replaces what is on the server now, not what the form was opened with.
                original = conflict.current();
                shown.showServerValues(editing.draftOf(conflict.current()));
                outcome.say(SaveOutcomeMessage.CHANGED_ELSEWHERE);
            }
            case SaveResult.Rejected rejected -> {
                String path = rejected.attributePath();
                Optional<FieldProblem> onField = path == null
                        ? Optional.empty()
                        : shown.showRejected(path, SaveOutcomeMessage.rejectedField(rejected));
                onField.ifPresentOrElse(
                        problem -> showFieldProblems(List.of(problem)),
                        () -> outcome.say(SaveOutcomeMessage.rejected(rejected)));
            }
            case SaveResult.Failed failed -> {
                ProfileFailureMessage failure = ProfileFailureMessage.of(failed.failure());
                outcome.say(SaveOutcomeMessage.failed(failure));
                outcome.offerRetry();
                // Never at once, even when the session has ended: the input would be lost.
                outcome.offerRemedy(failure, from);
            }
        }
    }

    private void showFieldProblems(List<FieldProblem> problems) {
        FieldProblem first = problems.getFirst();
        outcome.say(SaveOutcomeMessage.checkFields(problems.size(), first.message()));
        first.field().focus();
    }

    /** Back to the profile route the user came from, which reads the profile anew; with a notice, if any. */
    private void back(@Nullable String notice) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        Optional<ProfileCard> card = from.equals(ClientProfileView.ROUTE)
                ? ui.navigate(ClientProfileView.class).map(view -> view.card)
                : ui.navigate(ServerProfileView.class).map(view -> view.card);
        if (notice != null) {
            card.ifPresent(shown -> shown.showNotice(notice));
        }
    }
}
