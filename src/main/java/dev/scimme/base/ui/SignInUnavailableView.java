package dev.scimme.base.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.scimme.security.SecurityConfiguration;
import dev.scimme.security.ui.SignInButton;
import dev.scimme.settings.AsgardeoProperties;

/**
 * Where sign-in ends while the identity provider cannot be reached. "Try again" starts sign-in
 * anew; discovery is retried then, so sign-in works as soon as the IdP is back, without a restart.
 */
@Route(SecurityConfiguration.SIGN_IN_UNAVAILABLE_ROUTE)
@PageTitle("Identity provider unavailable · SCIM Me")
@AnonymousAllowed
class SignInUnavailableView extends Div {

    final Paragraph message = new Paragraph();

    SignInUnavailableView(AsgardeoProperties settings) {
        addClassName("app-page");
        message.setId("idp-unavailable-message");
        message.setText("The identity provider at " + settings.issuer() + " cannot be reached. "
                + "It may be down or unreachable from this server. Try again in a moment.");
        Div box = new Div(new H2("Cannot sign in right now"), message);
        box.addClassName("profile-error");
        SignInButton retry = new SignInButton("Try again");
        retry.setId("idp-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(retry);
        actions.addClassName("app-actions");
        add(box, actions);
    }
}
