package dev.scimme.base.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.scimme.security.ui.SignInButton;

/** A page saying why sign-in cannot go on, with "Try again", which starts sign-in anew. */
abstract class SignInProblemPage extends Div {

    final Paragraph message = new Paragraph();

    SignInProblemPage(String title, String messageId, String retryId) {
        addClassName("app-page");
        message.setId(messageId);
        Div box = new Div(new H2(title), message);
        box.addClassName("profile-error");
        SignInButton retry = new SignInButton("Try again");
        retry.setId(retryId);
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(retry);
        actions.addClassName("app-actions");
        add(box, actions);
    }
}
