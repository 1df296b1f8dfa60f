package dev.scimme.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import dev.scimme.icons.AppIcon;
import dev.scimme.security.CurrentUser;

/** The one "Sign out": ends this app's session and the IdP's (RP-initiated logout), then shows {@code /}. */
public class SignOutButton extends Button {

    public SignOutButton(CurrentUser currentUser) {
        super("Sign out", AppIcon.SIGN_OUT.create(), click -> currentUser.signOut());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    }
}
