package dev.scimme.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import dev.scimme.profile.ProfileResult;
import dev.scimme.security.CurrentUser;
import dev.scimme.security.ScopesToGrant;
import dev.scimme.security.SignInLinks;
import dev.scimme.security.ui.SignInButton;
import dev.scimme.security.ui.SignOutButton;
import java.util.List;

/**
 * The profile as both routes show it: the values ({@link ProfileRows}) or why they could not be
 * loaded ({@link ProfileFailurePanel}), and the actions that fit: "Try again", and the remedy the
 * failure calls for ({@link ProfileFailureMessage.Remedy}), which may be to sign in again at once.
 */
class ProfileCard extends Div {

    final ProfileRows rows = new ProfileRows();
    final ProfileFailurePanel failure = new ProfileFailurePanel();
    final Button tryAgain = new Button(ProfileFailureMessage.TRY_AGAIN, VaadinIcon.REFRESH.create());
    final SignInButton signInAgain;
    final Button goHome = new Button("Go to index page");
    final SignOutButton signOut;
    final Div actions = new Div();

    private final String route;

    /**
     * @param route the route showing this card, where the user comes back to after signing in again
     * @param retry what "Try again" does
     */
    ProfileCard(String route, CurrentUser currentUser, Runnable retry) {
        this.route = route;
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
        actions.add(tryAgain, signInAgain, goHome, signOut);
        add(new H2("Profile"), rows, failure, actions);
        showLoading();
    }

    /** The layout with placeholders, while the profile is on its way. */
    void showLoading() {
        rows.showLoading();
        showRows();
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
            }
            case ProfileResult.Failed failed -> showFailure(ProfileFailureMessage.of(failed.failure()));
        }
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
