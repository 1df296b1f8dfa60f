package dev.scimme.profile.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimAttribute;
import dev.scimme.profile.ScimEmail;
import dev.scimme.profile.ScimPhoneNumber;
import dev.scimme.profile.ScimProfile;
import dev.scimme.security.CurrentUser;
import dev.scimme.security.ScopesToGrant;
import dev.scimme.security.SignInLinks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The profile as both routes show it: "Email", "First Name", "Last Name" and whatever else the API
 * sent, or "Failed to fetch user details" with the reason and "Try again". Every value is set as
 * text, never as HTML, so whatever the API sends is shown literally; very long values and very
 * many addresses are shortened ({@link ShortText}).
 */
class ProfileCard extends Div {

    static final String LOADING = "Loading…";
    static final String FAILED = "Failed to fetch user details";

    final DescriptionList rows = new DescriptionList();
    final Div failure = new Div();
    final Paragraph failureReason = new Paragraph();
    final Paragraph failureDetail = new Paragraph();
    final Button tryAgain = new Button("Try again", VaadinIcon.REFRESH.create());
    final Button signInAgain = new Button("Sign in again", VaadinIcon.SIGN_IN.create());
    final Button goHome = new Button("Go to index page");
    final Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create());
    final Div actions = new Div();

    private final String route;
    private String signInHref;
    /** What "Grant access" asks for beyond the configured scopes; empty unless a scope is missing. */
    private List<String> scopesToGrant = List.of();

    /**
     * @param route the route showing this card, where the user comes back to after signing in again
     * @param retry what "Try again" does
     */
    ProfileCard(String route, CurrentUser currentUser, Runnable retry) {
        this.route = route;
        this.signInHref = SignInLinks.signInAgain(route);
        addClassName("profile-card");
        H2 title = new H2("Profile");
        title.getStyle().set("margin-top", "0");

        rows.addClassName("profile-rows");
        rows.setId("profile-rows");

        H3 failureTitle = new H3(FAILED);
        failureTitle.setId("profile-error-title");
        failureTitle.getStyle().set("margin", "0");
        failureReason.setId("profile-error-reason");
        failureDetail.setId("profile-error-detail");
        failure.add(failureTitle, failureReason, failureDetail);
        failure.addClassName("profile-error");
        failure.setId("profile-error");

        tryAgain.setId("profile-try-again");
        tryAgain.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tryAgain.addClickListener(click -> retry.run());
        signInAgain.setId("profile-sign-in-again");
        signInAgain.addClickListener(click -> signInAgainOrGrantAccess());
        goHome.setId("go-to-index");
        goHome.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate("")));
        signOut.setId("profile-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClickListener(click -> currentUser.signOut());
        actions.addClassName("app-actions");
        actions.add(tryAgain, signInAgain, goHome, signOut);

        add(title, rows, failure, actions);
        showLoading();
    }

    /** The layout with placeholders, while the profile is on its way. */
    void showLoading() {
        rows.removeAll();
        addRow("email", "Email", text(LOADING, true));
        addRow("given-name", "First Name", text(LOADING, true));
        addRow("family-name", "Last Name", text(LOADING, true));
        rows.setVisible(true);
        failure.setVisible(false);
        tryAgain.setVisible(false);
        signInAgain.setVisible(false);
        rows.getElement().setAttribute("aria-busy", "true");
    }

    void show(ProfileResult result) {
        rows.getElement().removeAttribute("aria-busy");
        switch (result) {
            case ProfileResult.Loaded loaded -> showProfile(loaded.profile());
            case ProfileResult.Failed failed -> showFailure(failed.failure());
        }
    }

    private void showProfile(ScimProfile profile) {
        rows.removeAll();
        addRow("email", "Email", emails(profile.emails()));
        addRow("given-name", "First Name", text(profile.givenName().orElse(""), false));
        addRow("family-name", "Last Name", text(profile.familyName().orElse(""), false));
        if (profile.name().formatted() != null && !profile.name().formatted().isBlank()) {
            addRow("formatted-name", "Full Name", text(profile.name().formatted(), false));
        }
        if (profile.userName() != null) {
            addRow("user-name", "User Name", text(profile.userName(), false));
        }
        if (!profile.phoneNumbers().isEmpty()) {
            addRow("phone", "Phone", phones(profile.phoneNumbers()));
        }
        int index = 0;
        for (ScimAttribute attribute : profile.otherAttributes()) {
            addRow("attribute-" + index++, ShortText.of(attribute.label()), text(attribute.value(), false));
        }
        rows.setVisible(true);
        failure.setVisible(false);
        tryAgain.setVisible(false);
        signInAgain.setVisible(false);
    }

    private void showFailure(ProfileFailure problem) {
        ProfileFailureMessage message = ProfileFailureMessage.of(problem);
        failureReason.setText(message.reason());
        setApiDetail(message.apiDetail());
        rows.setVisible(false);
        failure.setVisible(true);
        tryAgain.setVisible(true);
        boolean scopeMissing = problem.kind() == ProfileFailure.Kind.SCOPE_MISSING;
        signInAgain.setText(scopeMissing ? "Grant access" : "Sign in again");
        signInHref = scopeMissing ? SignInLinks.grantAccess(route) : SignInLinks.signInAgain(route);
        scopesToGrant = scopeMissing ? problem.missingScopes() : List.of();
        signInAgain.setVisible(message.signInAgain());
        if (problem.kind() == ProfileFailure.Kind.NOT_SIGNED_IN) {
            // The session can no longer be renewed: take the user through sign-in and back here.
            goTo(SignInLinks.signInAgain(route));
        }
    }

    /**
     * The scopes to grant go into the HTTP session on the click, not into the link: the link is the
     * browser's to edit (see {@link ScopesToGrant}).
     */
    private void signInAgainOrGrantAccess() {
        if (!scopesToGrant.isEmpty()) {
            VaadinSession session = getUI().map(UI::getSession).orElseGet(VaadinSession::getCurrent);
            ScopesToGrant.remember(session.getSession(), scopesToGrant);
        }
        goTo(signInHref);
    }

    private void goTo(String url) {
        UI ui = getUI().orElseGet(UI::getCurrent);
        if (ui != null) {
            ui.getPage().setLocation(url);
        }
    }

    private void setApiDetail(@Nullable String detail) {
        failureDetail.setText(detail == null ? "" : "The API said: " + ShortText.of(detail));
        failureDetail.setVisible(detail != null);
    }

    private void addRow(String id, String label, Component value) {
        DescriptionList.Term term = new DescriptionList.Term(label);
        DescriptionList.Description description = new DescriptionList.Description(value);
        description.setId("profile-" + id);
        rows.add(term, description);
    }

    private static Component emails(List<ScimEmail> emails) {
        if (emails.isEmpty()) {
            return text("", false);
        }
        Div all = new Div();
        for (ScimEmail email : emails.subList(0, Math.min(emails.size(), ShortText.MAX_EMAILS))) {
            Div line = new Div(new Span(ShortText.of(email.value())));
            if (email.primary()) {
                Span badge = new Span("primary");
                badge.addClassName("profile-badge");
                line.add(badge);
            } else if (email.type() != null) {
                Span type = new Span(" (" + ShortText.of(email.type()) + ")");
                type.getStyle().set("color", "var(--lumo-secondary-text-color)");
                line.add(type);
            }
            all.add(line);
        }
        if (emails.size() > ShortText.MAX_EMAILS) {
            Div more = new Div(ShortText.moreEmails(emails.size() - ShortText.MAX_EMAILS));
            more.setId("profile-email-more");
            all.add(more);
        }
        return all;
    }

    private static Component phones(List<ScimPhoneNumber> phones) {
        Div all = new Div();
        phones.forEach(phone -> all.add(new Div(
                ShortText.of(phone.type() == null ? phone.value() : phone.value() + " (" + phone.type() + ")"))));
        return all;
    }

    private static Span text(String value, boolean loading) {
        Span span = new Span(ShortText.of(value));
        if (loading) {
            span.addClassName("loading");
        }
        return span;
    }
}
