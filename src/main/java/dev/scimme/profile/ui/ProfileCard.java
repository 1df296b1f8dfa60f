package dev.scimme.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import dev.scimme.icons.AppIcon;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.edit.EditCapabilities;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.security.CurrentUser;
import dev.scimme.security.ScopesToGrant;
import dev.scimme.security.SignInLinks;
import dev.scimme.security.ui.SignInButton;
import dev.scimme.security.ui.SignOutButton;
import dev.scimme.settings.AsgardeoProperties;
import java.util.List;

/**
 * The profile as both routes show it: the values ({@link ProfileRows}) or why they could not be
 * loaded ({@link ProfileFailurePanel}), and the actions that fit: "Try again", and the remedy the
 * failure calls for ({@link ProfileFailureMessage.Remedy}), which may be to sign in again at once.
 * With a profile shown: "Edit profile", or why it cannot be edited; and the IdP's account page.
 */
class ProfileCard extends Div {

    /** When the service gives no reason of its own. */
    static final String NOT_EDITABLE = "Your identity provider does not let this app change your profile.";

    final ProfileRows rows = new ProfileRows();
    final ProfileFailurePanel failure = new ProfileFailurePanel();
    final Button tryAgain = new Button(ProfileFailureMessage.TRY_AGAIN, AppIcon.REFRESH.create());
    final SignInButton signInAgain;
    final Button goHome = new Button("Go to index page");
    final SignOutButton signOut;
    final Button edit = new Button("Edit profile", AppIcon.EDIT.create());
    final Paragraph notEditable = new Paragraph();
    /** What the last save came to, said politely once the page shows it. */
    final Paragraph notice = new Paragraph();

    final Div actions = new Div();

    private final String route;
    private final ProfileEditingService editing;

    /**
     * @param route the route showing this card, where the user comes back to after signing in again
     * @param retry what "Try again" does
     */
    ProfileCard(
            String route,
            CurrentUser currentUser,
            Runnable retry,
            ProfileEditingService editing,
            AsgardeoProperties settings) {
        this.route = route;
        this.editing = editing;
        this.signInAgain = new SignInButton("Sign in again", SignInLinks.signInAgain(route));
        this.signOut = new SignOutButton(currentUser);
        addClassName("profile-card");
        tryAgain.setId("profile-try-again");
        tryAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tryAgain.addClickListener(click -> retry.run());
        signInAgain.setId("profile-sign-in-again");
        goHome.setId("go-to-index");
        goHome.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("")));
        signOut.setId("profile-sign-out");
        actions.addClassName("app-actions");
        edit.setId("profile-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(click -> getUI().ifPresent(
                        ui -> ui.navigate(ProfileEditView.ROUTE, QueryParameters.of(ProfileEditView.FROM, route))));
        notEditable.setId("profile-not-editable");
        notEditable.addClassName("profile-note");
        notice.setId("profile-notice");
        notice.addClassName("profile-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        actions.add(edit, tryAgain, signInAgain, goHome, signOut);
        add(new H2("Profile"), notice, rows, failure, notEditable, actions);
        AccountLink.of(settings).ifPresent(this::add);
        showLoading();
    }

    /** The layout with placeholders, while the profile is on its way. */
    void showLoading() {
        rows.showLoading();
        showRows();
        hideEditEntry();
    }

    /** Says what the last save came to (e.g. addresses that wait for confirmation), as text. */
    void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private void rememberScopesToGrant(List<String> scopes) {
        VaadinSession session = getUI().map(UI::getSession).orElseGet(VaadinSession::getCurrent);
        if (session != null) {
            ScopesToGrant.remember(session.getSession(), scopes);
        }
    }

    void show(ProfileResult result) {
        switch (result) {
            case ProfileResult.Loaded loaded -> {
                rows.show(loaded.profile());
                showRows();
                showEditEntry(editing.capabilities());
            }
            case ProfileResult.Failed failed -> {
                hideEditEntry();
                showFailure(ProfileFailureMessage.of(failed.failure()));
            }
        }
    }

    private void showEditEntry(EditCapabilities capabilities) {
        edit.setVisible(capabilities.patchSupported());
        String reason = capabilities.notEditableReason();
        notEditable.setText(capabilities.patchSupported() ? "" : reason == null ? NOT_EDITABLE : ShortText.of(reason));
        notEditable.setVisible(!capabilities.patchSupported());
    }

    private void hideEditEntry() {
        edit.setVisible(false);
        notEditable.setVisible(false);
    }

    private void showRows() {
        rows.setVisible(true);
        failure.setVisible(false);
        tryAgain.setVisible(false);
        signInAgain.setVisible(false);
    }

    private void showFailure(ProfileFailureMessage message) {
        rows.getElement().removeAttribute("aria-busy");
        failure.show(message);
        rows.setVisible(false);
        failure.setVisible(true);
        tryAgain.setVisible(true);
        ProfileFailureMessage.Remedy remedy = message.remedy();
        String action = remedy.action();
        signInAgain.setVisible(action != null);
        if (remedy == ProfileFailureMessage.Remedy.GRANT_ACCESS) {
            // The scopes go into the HTTP session on the click, not into the link: the link is the
            // browser's to edit (see ScopesToGrant).
            List<String> missing = message.missingScopes();
            signInAgain.lead(action, SignInLinks.grantAccess(route), () -> rememberScopesToGrant(missing));
        } else if (action != null) {
            signInAgain.lead(action, SignInLinks.signInAgain(route));
        }
        if (remedy == ProfileFailureMessage.Remedy.SIGN_IN_NOW) {
            signInAgain.go();
        }
    }
}
