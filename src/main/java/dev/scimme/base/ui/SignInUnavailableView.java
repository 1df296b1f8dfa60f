package dev.scimme.base.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.scimme.security.SecurityConfiguration;
import dev.scimme.settings.AsgardeoProperties;

/**
 * Where sign-in ends while the identity provider cannot be reached. "Try again" starts sign-in
 * anew; discovery is retried then, so sign-in works as soon as the IdP is back, without a restart.
 */
@Route(SecurityConfiguration.SIGN_IN_UNAVAILABLE_ROUTE)
@PageTitle("Identity provider unavailable · SCIM Me")
@AnonymousAllowed
class SignInUnavailableView extends SignInProblemPage {

    SignInUnavailableView(AsgardeoProperties settings) {
        super("Cannot sign in right now", "idp-unavailable-message", "idp-retry");
        message.setText("The identity provider at " + settings.issuer() + " cannot be reached. "
                + "It may be down or unreachable from this server. Try again in a moment.");
    }
}
