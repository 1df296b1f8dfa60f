package dev.scimme.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.scimme.icons.AppIcon;
import dev.scimme.security.CurrentUser;
import dev.scimme.security.ui.SignInButton;
import dev.scimme.security.ui.SignOutButton;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The shell around every view: a header with the app's name, links to the views' {@code @Menu}
 * entries the user may open (the current one marked {@code aria-current="page"}), and the user's name
 * with "Sign out" (or "Sign in"); the view below it in {@code <main>}.
 *
 * <p>Plain landmarks instead of Vaadin's {@code AppLayout} and {@code SideNav}: with three links
 * there is no drawer to toggle, and those two web components cost every full page load their modules,
 * their shadow DOM and their resize handling before the first view showed (figure 6 of
 * docs/benchmarks.md).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    final Div userArea = new Div();
    final Nav navigation = new Nav();
    private final Main content = new Main();
    private final CurrentUser currentUser;
    private @Nullable Optional<CurrentUser.SignedInUser> renderedFor;

    MainLayout(CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("app-shell");

        H1 title = new H1("SCIM Me");
        title.addClassName("app-title");
        navigation.getElement().setAttribute("aria-label", "Pages");
        navigation.addClassName("app-navigation");
        userArea.addClassName("app-navbar-end");
        Header header = new Header(title, navigation, userArea);
        header.addClassName("app-header");
        content.addClassName("app-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(Objects.requireNonNull(view).getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeChild(oldContent.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // What the user may open, and the name shown, change only when they sign in or out (or a
        // refresh brings new details, or they save new names: CurrentUser then answers with those,
        // and the edit view navigates back, which lands here): rebuild then, not on every
        // navigation, which the menu's access checks and the re-sent components would slow down.
        Optional<CurrentUser.SignedInUser> user = currentUser.get();
        if (renderedFor == null || !renderedFor.equals(user)) {
            renderedFor = user;
            navigation.removeAll();
            MenuConfiguration.getMenuEntries().forEach(entry -> navigation.add(toLink(entry)));
            showUser(user);
        }
        markCurrent(event.getLocation().getPath());
    }

    private void markCurrent(String path) {
        navigation.getChildren().forEach(link -> {
            if (link instanceof RouterLink routerLink && routerLink.getHref().equals(path)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    private void showUser(Optional<CurrentUser.SignedInUser> user) {
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
    @SuppressWarnings("unchecked")
    private static RouterLink toLink(MenuEntry entry) {
        // Menu entries of server views name their view class.
        RouterLink link = new RouterLink("", (Class<? extends Component>) entry.menuClass());
        if (entry.icon() != null) {
            Component icon = AppIcon.ofSymbol(entry.icon()).create();
            icon.getElement().setAttribute("aria-hidden", "true");
            link.add(icon);
        }
        link.add(new Span(entry.title()));
        link.addClassName("app-navigation-link");
        return link;
    }
}
