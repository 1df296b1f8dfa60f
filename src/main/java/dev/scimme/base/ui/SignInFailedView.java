package dev.scimme.base.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.scimme.security.SecurityConfiguration;
import dev.scimme.security.ui.SignInButton;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Where a rejected sign-in ends (a bad ID token, a state mismatch, an error from the IdP). Ending
 * here instead of at the IdP again breaks the redirect loop a rejected callback would otherwise start.
 */
@Route(SecurityConfiguration.SIGN_IN_FAILED_ROUTE)
@PageTitle("Sign-in failed · SCIM Me")
@AnonymousAllowed
class SignInFailedView extends Div implements BeforeEnterObserver {

    final Paragraph reason = new Paragraph();

    SignInFailedView() {
        addClassName("app-page");
        Div box = new Div(new H2("Sign-in failed"), reason);
        box.addClassName("profile-error");
        reason.setId("sign-in-failure-reason");
        SignInButton retry = new SignInButton("Try again");
        retry.setId("sign-in-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(retry);
        actions.addClassName("app-actions");
        add(box, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reason.setText(describe(lastFailure()));
    }

    private static Object lastFailure() {
        WrappedSession session = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession();
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure == null ? "" : failure;
    }

    static String describe(Object failure) {
        if (failure instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            return "The identity provider's answer could not be accepted (" + code + "). "
                    + "Nothing was signed in. If this keeps happening, the app's settings may not match the provider's.";
        }
        if (failure instanceof AuthenticationException) {
            return "The sign-in could not be completed. Nothing was signed in.";
        }
        return "The sign-in could not be completed.";
    }
}
