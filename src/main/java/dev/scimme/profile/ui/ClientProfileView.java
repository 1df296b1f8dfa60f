package dev.scimme.profile.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.communication.PushMode;
import dev.scimme.icons.AppIcon;
import dev.scimme.pageload.RenderedInPage;
import dev.scimme.profile.MyProfileService;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.edit.ProfileEditingService;
import dev.scimme.security.CurrentUser;
import dev.scimme.settings.AsgardeoProperties;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The profile shown at once with placeholders, then filled in when it arrives: loaded off the UI
 * thread and pushed to the browser, push being turned on for this UI here (the counterpart of the guide's client-side fetch, with the
 * token kept on the server). Leaving the view abandons a pending load and turns push off again.
 */
@Route(ClientProfileView.ROUTE)
@PageTitle("Client profile · SCIM Me")
@Menu(order = 2, title = "Client profile", icon = "browser")
@PermitAll
@RenderedInPage
public class ClientProfileView extends Div {

    static final String ROUTE = "client-profile";
    static final String LOADING = "Loading your profile…";
    static final String LOADED = "Profile loaded";

    final ProfileCard card;
    final Button refresh = new Button("Refresh", AppIcon.REFRESH.create());
    /**
     * Tells screen-reader users when the profile arrives: the page changes under them without a
     * navigation, which they would otherwise not notice. Polite: it waits until they pause.
     */
    final Div announcement = new Div();

    private final MyProfileService profiles;
    private final ProfilePace pace;
    private @Nullable Future<?> pending;

    ClientProfileView(
            MyProfileService profiles,
            CurrentUser currentUser,
            ProfileEditingService editing,
            AsgardeoProperties settings,
            ProfilePace pace) {
        this.profiles = profiles;
        this.pace = pace;
        this.card = new ProfileCard(ROUTE, currentUser, this::reload, editing, settings);
        addClassName("app-page");
        refresh.setId("profile-refresh");
        refresh.addClickListener(click -> reload());
        card.actions.addComponentAsFirst(refresh);
        announcement.setId("profile-announcement");
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("role", "status");
        announcement.getElement().setAttribute("aria-live", "polite");
        add(announcement, card);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // Push only where it is needed: this view delivers its profile from a background thread.
        attachEvent.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        start(attachEvent.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        cancelPending();
        // An open push connection holds ~130 KiB per UI on the server (Tomcat's and Atmosphere's buffers) and
        // nothing else needs it: off when the user leaves, which makes Flow's client close the WebSocket.
        detachEvent.getUI().getPushConfiguration().setPushMode(PushMode.DISABLED);
    }

    private void reload() {
        getUI().ifPresent(this::start);
    }

    private void start(UI ui) {
        cancelPending();
        card.showLoading();
        announcement.setText(LOADING);
        refresh.setEnabled(false);
        long started = System.nanoTime();
        PromptOrPushed delivery = new PromptOrPushed(pace.grace(), result -> push(ui, result));
        pending = profiles.loadInBackground(result -> {
            pace.answered(Duration.ofNanos(System.nanoTime() - started));
            delivery.arrived(result);
        });
        delivery.awaitPrompt().ifPresent(this::show);
    }

    private void push(UI ui, ProfileResult result) {
        try {
            ui.access(() -> show(result));
        } catch (UIDetachedException closedMeanwhile) {
            // The user left before the answer came: nobody to show it to.
        }
    }

    private void show(ProfileResult result) {
        card.show(result);
        announcement.setText(result instanceof ProfileResult.Loaded ? LOADED : ProfileFailureMessage.TITLE);
        refresh.setEnabled(true);
        // On failure "Try again" is the one way forward; "Refresh" is for a shown profile.
        refresh.setVisible(result instanceof ProfileResult.Loaded);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(true);
            pending = null;
        }
    }
}
