package dev.scimme.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import dev.scimme.icons.AppIcon;
import dev.scimme.security.ScopesToGrant;
import dev.scimme.security.SignInLinks;
import dev.scimme.security.ui.SignInButton;
import java.util.List;

/**
 * What the last save (or the form's own checks) came to, above the form: the live region that says
 * it, as text, and the way forward the outcome calls for ("Try again", "Sign in again", "Grant
 * access"). The region stays in the page while empty, so that what is put into it is announced.
 */
final class EditOutcome extends Div {

    /** Assertive: the user pressed a button and waits for its outcome. */
    final Div message = new Div();

    final Button tryAgain = new Button(ProfileFailureMessage.TRY_AGAIN, AppIcon.REFRESH.create());
    final SignInButton signInAgain = new SignInButton("Sign in again", SignInLinks.signIn());

    EditOutcome(Runnable retry) {
        addClassName("edit-outcome");
        message.setId("edit-message");
        message.addClassName("edit-message");
        message.getElement().setAttribute("role", "alert");
        tryAgain.setId("edit-try-again");
        tryAgain.addClickListener(click -> retry.run());
        signInAgain.setId("edit-sign-in-again");
        Div actions = new Div(tryAgain, signInAgain);
        actions.addClassName("app-actions");
        add(message, actions);
        clear();
    }

    void say(String text) {
        message.setText(text);
        message.addClassName("edit-message-shown");
        // Above a long form the message may be out of sight after "Save"; a field the caller then
        // focuses scrolls itself into view instead.
        message.scrollIntoView();
    }

    void clear() {
        message.setText("");
        message.removeClassName("edit-message-shown");
        tryAgain.setVisible(false);
        signInAgain.setVisible(false);
    }

    /** "Try again", which sends the same input once more. */
    void offerRetry() {
        tryAgain.setVisible(true);
    }

    /** "Sign in again" or "Grant access" where the failure calls for it, coming back to {@code route}. */
    void offerRemedy(ProfileFailureMessage failure, String route) {
        String action = failure.remedy().action();
        if (action == null) {
            return;
        }
        if (failure.remedy() == ProfileFailureMessage.Remedy.GRANT_ACCESS) {
            List<String> missing = failure.missingScopes();
            signInAgain.lead(action, SignInLinks.grantAccess(route), () -> rememberScopesToGrant(missing));
        } else {
            signInAgain.lead(action, SignInLinks.signInAgain(route));
        }
        signInAgain.setVisible(true);
    }

    /** Goes through sign-in now, as the profile routes do when the session has ended. */
    void signInNow() {
        signInAgain.go();
    }

    private void rememberScopesToGrant(List<String> scopes) {
        VaadinSession session = getUI().map(UI::getSession).orElseGet(VaadinSession::getCurrent);
        if (session != null) {
            ScopesToGrant.remember(session.getSession(), scopes);
        }
    }
}
