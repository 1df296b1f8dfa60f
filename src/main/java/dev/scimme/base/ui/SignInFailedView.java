package dev.scimme.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.scimme.security.SecurityConfiguration;
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
class SignInFailedView extends SignInProblemPage implements BeforeEnterObserver {

    SignInFailedView() {
        super("Sign-in failed", "sign-in-failure-reason", "sign-in-retry");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        message.setText(describe(lastFailure()));
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
