package dev.scimme.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.scimme.profile.MyProfileService;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimProfile;
import dev.scimme.profile.edit.EditCapabilities;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.profile.edit.SaveResult;
import dev.scimme.security.CurrentUser;
import dev.scimme.security.ScopesToGrant;
import dev.scimme.security.SignInLinks;
import dev.scimme.security.ui.SignInButton;
import dev.scimme.settings.AsgardeoProperties;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Editing one's own profile: the profile is read as the profile routes read it, the form shows it,
 * and "Save" sends what changed through {@link ProfileEditingService}. Whatever a save comes to
 * short of success, the user's input stays in the form, and the one live region above it says what
 * happened ({@link SaveOutcomeMessage}); field problems also move the focus to the first field to fix.
 * Both "Save" (after a save) and "Cancel" return to the profile route the user came from.
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
    /** The live region: every outcome and every error is said here, as text. */
    final Div message = new Div();

    final ProfileFailurePanel loadFailure = new ProfileFailurePanel();
    final Paragraph notEditable = new Paragraph();
    final Div formArea = new Div();
    final Button save = new Button("Save", VaadinIcon.CHECK.create());
    final Button cancel = new Button("Cancel");
    final Button tryAgain = new Button(ProfileFailureMessage.TRY_AGAIN, VaadinIcon.REFRESH.create());
    final SignInButton signInAgain = new SignInButton("Sign in again", SignInLinks.signIn());
    final Div actions = new Div();

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
        message.setId("edit-message");
        message.addClassName("edit-message");
        // Assertive: the user pressed a button and waits for its outcome.
        message.getElement().setAttribute("role", "alert");
        notEditable.setId("edit-not-editable");
        notEditable.addClassName("profile-note");
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.setId("edit-cancel");
        cancel.addClickListener(click -> back(null));
        tryAgain.setId("edit-try-again");
        tryAgain.addClickListener(click -> save());
        signInAgain.setId("edit-sign-in-again");
        actions.addClassName("app-actions");
        actions.add(save, tryAgain, signInAgain, cancel);
        Div card = new Div(heading, message, loadFailure, notEditable, formArea, actions);
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
        clearOutcome();
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
        offerRemedy(failure);
        if (failure.remedy() == ProfileFailureMessage.Remedy.SIGN_IN_NOW) {
            // Nothing typed yet, nothing to lose: as the profile routes do, go through sign-in at once.
            signInAgain.go();
        }
    }

    void save() {
        ProfileEditForm form = this.form;
        ScimProfile original = this.original;
        if (form == null || original == null) {
            return;
        }
        clearOutcome();
        form.clearServerValues();
        List<FieldProblem> problems = form.check();
        if (!problems.isEmpty()) {
            showFieldProblems(problems);
            return;
        }
        switch (editing.save(original, form.draft())) {
            case SaveResult.Saved saved -> {
                currentUser.useSavedNames(
                        saved.profile().name().givenName(),
                        saved.profile().name().familyName());
                back(SaveOutcomeMessage.saved(saved.pendingConfirmation()));
            }
            case SaveResult.Unchanged unchanged -> back(SaveOutcomeMessage.UNCHANGED);
            case SaveResult.Conflict conflict -> {
                // Saving again replaces what is on the server now, not what the form was opened with.
                this.original = conflict.current();
                form.showServerValues(editing.draftOf(conflict.current()));
                say(SaveOutcomeMessage.CHANGED_ELSEWHERE);
            }
            case SaveResult.Rejected rejected -> {
                String path = rejected.attributePath();
                var onField = path == null
                        ? java.util.Optional.<FieldProblem>empty()
                        : form.showRejected(path, SaveOutcomeMessage.rejectedField(rejected));
                if (onField.isPresent()) {
                    showFieldProblems(onField.stream().toList());
                } else {
                    say(SaveOutcomeMessage.rejected(rejected));
                }
            }
            case SaveResult.Failed failed -> {
                ProfileFailureMessage failure = ProfileFailureMessage.of(failed.failure());
                say(SaveOutcomeMessage.failed(failure));
                tryAgain.setVisible(true);
                offerRemedy(failure);
            }
        }
    }

    private void showFieldProblems(List<FieldProblem> problems) {
        FieldProblem first = problems.getFirst();
        say(SaveOutcomeMessage.checkFields(problems.size(), first.message()));
        first.field().focus();
    }

    /** "Sign in again" or "Grant access" where the failure calls for it; after a save never at once: the input would be lost. */
    private void offerRemedy(ProfileFailureMessage failure) {
        String action = failure.remedy().action();
        if (action == null) {
            return;
        }
        if (failure.remedy() == ProfileFailureMessage.Remedy.GRANT_ACCESS) {
            List<String> missing = failure.missingScopes();
            signInAgain.lead(action, SignInLinks.grantAccess(from), () -> rememberScopesToGrant(missing));
        } else {
            signInAgain.lead(action, SignInLinks.signInAgain(from));
        }
        signInAgain.setVisible(true);
    }

    private void rememberScopesToGrant(List<String> scopes) {
        VaadinSession session = getUI().map(UI::getSession).orElseGet(VaadinSession::getCurrent);
        if (session != null) {
            ScopesToGrant.remember(session.getSession(), scopes);
        }
    }

    private void say(String text) {
        message.setText(text);
        message.addClassName("edit-message-shown");
    }

    private void clearOutcome() {
        message.setText("");
        message.removeClassName("edit-message-shown");
        tryAgain.setVisible(false);
        signInAgain.setVisible(false);
    }

    /** Back to the profile route the user came from, which reads the profile anew; with a notice, if any. */
    private void back(@Nullable String notice) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        var card = from.equals(ClientProfileView.ROUTE)
                ? ui.navigate(ClientProfileView.class).map(view -> view.card)
                : ui.navigate(ServerProfileView.class).map(view -> view.card);
        if (notice != null) {
            card.ifPresent(shown -> shown.showNotice(notice));
        }
    }
}
