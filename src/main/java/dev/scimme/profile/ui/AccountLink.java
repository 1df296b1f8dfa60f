package dev.scimme.profile.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import dev.scimme.settings.AsgardeoProperties;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * "Manage your account at {IdP}": what this app does not do (password, multi-factor sign-in,
 * sessions) is done at the identity provider's own account page, opened in a new tab so the profile
 * stays where it was. Without an account page in the settings there is no link.
 */
final class AccountLink {

    static final String ID = "manage-account";

    private AccountLink() {}

    static Optional<Anchor> of(AsgardeoProperties settings) {
        String url = settings.accountUrl();
        if (url == null) {
            return Optional.empty();
        }
        Anchor link = new Anchor(url, "Manage your account at " + providerName(url), AnchorTarget.BLANK);
        link.setId(ID);
        link.addClassName("account-link");
        // A page opened in a new tab must not reach back into this one (window.opener), nor learn where it came from.
        link.getElement().setAttribute("rel", "noopener noreferrer");
        link.getElement().setAttribute("title", "Password, multi-factor sign-in and sessions (opens in a new tab)");
        return Optional.of(link);
    }

    /** "Asgardeo" for Asgardeo's account pages, else the page's host name. */
    static String providerName(String url) {
        String host = Optional.ofNullable(URI.create(url).getHost()).orElse(url).toLowerCase(Locale.ROOT);
        return host.equals("asgardeo.io") || host.endsWith(".asgardeo.io") ? "Asgardeo" : host;
    }
}
