package dev.scimme.profile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.scimme.pageload.RenderedInPage;
import dev.scimme.profile.MyProfileService;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.security.CurrentUser;
import dev.scimme.settings.AsgardeoProperties;
import jakarta.annotation.security.PermitAll;

/**
 * The profile loaded during navigation, before the view is shown: the page arrives complete
 * (the counterpart of the guide's server-side rendered page).
 */
@Route(ServerProfileView.ROUTE)
@PageTitle("Server profile · SCIM Me")
@Menu(order = 1, title = "Server profile", icon = "server")
@PermitAll
@RenderedInPage
public class ServerProfileView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "server-profile";

    final ProfileCard card;
    private final MyProfileService profiles;

    ServerProfileView(
            MyProfileService profiles,
            CurrentUser currentUser,
            ProfileEditingService editing,
            AsgardeoProperties settings) {
        this.profiles = profiles;
        this.card = new ProfileCard(ROUTE, currentUser, this::load, editing, settings);
        addClassName("app-page");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    private void load() {
        card.show(profiles.load());
    }
}
