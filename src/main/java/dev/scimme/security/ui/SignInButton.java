package dev.scimme.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import dev.scimme.icons.AppIcon;
import dev.scimme.security.SignInLinks;

/**
 * The one control that sends the browser to sign in: on the home page, in the header, on the
 * sign-in problem pages and on a profile that needs a new sign-in or more access. Its target is
 * always a {@link SignInLinks} address, which starts sign-in at the IdP and comes back to a route
 * of this app. A full page load, not a router navigation: sign-in leaves the app.
 */
public class SignInButton extends Button {

    private String target;
    private Runnable beforeLeaving = () -> {};

    /** Signs in and comes back to the start page. */
    public SignInButton(String text) {
        this(text, SignInLinks.signIn());
    }

    /** @param target a {@link SignInLinks} address */
    public SignInButton(String text, String target) {
        super(text, AppIcon.SIGN_IN.create());
        this.target = target;
        addClickListener(click -> go());
    }

    /** What the button says and where it leads from now on. */
    public void lead(String text, String target) {
        lead(text, target, () -> {});
    }

    /**
     * What the button says and where it leads from now on, with what to do on the server just before
     * the browser leaves (e.g. remember in the session what the sign-in should ask for).
     */
    public void lead(String text, String target, Runnable beforeLeaving) {
        setText(text);
        this.target = target;
        this.beforeLeaving = beforeLeaving;
    }

    /** Sends the browser there now, as a click would. */
    public void go() {
        beforeLeaving.run();
        UI ui = getUI().orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.getPage().setLocation(target);
        }
    }
}
