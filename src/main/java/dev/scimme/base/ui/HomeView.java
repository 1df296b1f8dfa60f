package dev.scimme.base.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.scimme.profile.ui.ClientProfileView;
import dev.scimme.profile.ui.ServerProfileView;
import dev.scimme.security.CurrentUser;
import dev.scimme.security.ui.SignInButton;

/** The landing page: what the app does and "Sign in" when signed out; a welcome and the profile routes when signed in. */
@Route("")
@PageTitle("Home · SCIM Me")
@Menu(order = 0, title = "Home", icon = "home")
@AnonymousAllowed
class HomeView extends Div implements BeforeEnterObserver {

    final H2 heading = new H2();
    final Div content = new Div();
    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("app-page");
        add(heading, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        currentUser.get().ifPresentOrElse(this::showSignedIn, this::showSignedOut);
    }

    private void showSignedIn(CurrentUser.SignedInUser user) {
        heading.setText(user.givenName().isBlank() ? "Welcome" : "Welcome, " + user.givenName());
        RouterLink server = new RouterLink("Server profile — loaded before the page is shown", ServerProfileView.class);
        server.setId("link-server-profile");
        RouterLink client =
                new RouterLink("Client profile — shown at once, filled in when it arrives", ClientProfileView.class);
        client.setId("link-client-profile");
        Div links = new Div(server, client);
        links.addClassName("app-links");
        content.add(
                lead("Your profile is read from the identity provider's SCIM 2.0 /Me API with your access token, "
                        + "on the server. Choose how to load it:"),
                links);
    }

    private void showSignedOut() {
        heading.setText("Your profile, from your identity provider");
        SignInButton signIn = new SignInButton("Sign in");
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.add(
                lead("Sign in with Asgardeo or any OpenID Connect provider, and this app fetches your own profile "
                        + "from the provider's SCIM 2.0 /Me API on your behalf. Your access token stays on the "
                        + "server: your browser never sees it."),
                signIn);
    }

    private static Paragraph lead(String text) {
        Paragraph lead = new Paragraph(text);
        lead.addClassName("app-lead");
        return lead;
    }
}
