package dev.scimme.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.scimme.icons.AppIcon;
import dev.scimme.security.CurrentUser;
import dev.scimme.security.ui.SignInButton;
import dev.scimme.security.ui.SignOutButton;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The shell around every view: the app's name, side navigation built from the views' {@code @Menu}
 * entries the user may open, and the user's name with "Sign out" (or "Sign in").
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final Div userArea = new Div();
    private final SideNav navigation = new SideNav();
    private final CurrentUser currentUser;
    private @Nullable Optional<CurrentUser.SignedInUser> renderedFor;

    MainLayout(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1("SCIM Me");
        title.addClassName("app-title");
        userArea.addClassName("app-navbar-end");
        addToNavbar(new DrawerToggle(), title, userArea);

        navigation.setLabel("Pages");
        navigation.addClassName("app-navigation");
        addToDrawer(navigation);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // What the user may open, and the name shown, change only when they sign in or out (or a
        // refresh brings new details, or they save new names: CurrentUser then answers with those,
        // and the edit view navigates back, which lands here): rebuild then, not on every
        // navigation, which the menu's access checks and the re-sent components would slow down.
        Optional<CurrentUser.SignedInUser> user = currentUser.get();
        if (renderedFor != null && renderedFor.equals(user)) {
            return;
        }
        renderedFor = user;
        navigation.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> navigation.addItem(toItem(entry)));
        userArea.removeAll();
        user.ifPresentOrElse(
                signedIn -> {
                    Span name = new Span(signedIn.displayName());
                    name.setId("signed-in-user");
                    SignOutButton signOut = new SignOutButton(currentUser);
                    signOut.setId("sign-out");
                    userArea.add(name, signOut);
                },
                () -> {
                    SignInButton signIn = new SignInButton("Sign in");
                    signIn.setId("navbar-sign-in");
                    signIn.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    userArea.add(signIn);
                });
    }

    /** A view's {@code @Menu} icon names one of the app's icons ({@link AppIcon#symbol()}), e.g. {@code home}. */
    private static SideNavItem toItem(MenuEntry entry) {
        return entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(
                        entry.title(),
                        entry.path(),
                        AppIcon.ofSymbol(entry.icon()).create());
    }
}
