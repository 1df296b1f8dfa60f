package dev.scimme.security;

import dev.scimme.settings.AsgardeoProperties;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the app talks to Asgardeo's SCIM API without asking for
 * {@code internal_login}: Asgardeo's {@code /scim2/Me} requires that scope and grants it only when it
 * is requested, so every profile load would first answer 403 and send the user through "Grant access".
 * A warning, not a refusal: the app still works that way, and another provider's API may need
 * other scopes. Asgardeo is recognised by the {@code /Me} endpoint's host ({@code asgardeo.io} or a
 * subdomain such as {@code api.asgardeo.io}), whether the endpoint was set or derived from the issuer.
 */
@Component
class InternalLoginScopeCheck {

    static final String INTERNAL_LOGIN = "internal_login";

    private static final Logger log = LoggerFactory.getLogger(InternalLoginScopeCheck.class);

    InternalLoginScopeCheck(AsgardeoProperties settings) {
        if (isAsgardeo(settings.meEndpointUri()) && !settings.scopeList().contains(INTERNAL_LOGIN)) {
            log.warn(
                    "AUTH_ASGARDEO_SCOPES (\"{}\") lacks {}, which Asgardeo's SCIM /Me ({}) requires and grants"
                            + " only when asked: every user will have to choose \"Grant access\" before seeing"
                            + " the profile. Add it, e.g. AUTH_ASGARDEO_SCOPES=\"{} {}\"",
                    settings.scopes(),
                    INTERNAL_LOGIN,
                    settings.meEndpoint(),
                    settings.scopes(),
                    INTERNAL_LOGIN);
        }
    }

    private static boolean isAsgardeo(URI meEndpoint) {
        String host = meEndpoint.getHost() == null ? "" : meEndpoint.getHost().toLowerCase(Locale.ROOT);
        return host.equals("asgardeo.io") || host.endsWith(".asgardeo.io");
    }
}
