package dev.scimme.security;

import dev.scimme.settings.AsgardeoProperties;
import dev.scimme.settings.InvalidSettingException;
import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Keeps tokens off plain HTTP. The access token travels to the {@code /Me} endpoint and the client
 * secret and authorization code to the issuer's token endpoint: over {@code http} to another host,
 * anyone on the path can read them. So at start-up an {@code http} issuer or {@code /Me} endpoint
 * on a non-loopback host stops the app, unless {@code AUTH_ASGARDEO_ALLOW_INSECURE_HTTP=true} says
 * the operator knows (a lab network, a TLS-terminating sidecar); loopback {@code http} is allowed
 * with a warning, and without one when the embedded development IdP is running
 * ({@code local-idp.enabled}).
 */
@Component
class InsecureTransportGuard {

    static final String ALLOW_VARIABLE = "AUTH_ASGARDEO_ALLOW_INSECURE_HTTP";

    private static final Log LOG = LogFactory.getLog(InsecureTransportGuard.class);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    InsecureTransportGuard(AsgardeoProperties settings, Environment environment) {
        boolean allowInsecure = settings.allowInsecureHttp();
        // The embedded IdP's switch is read by name: nothing outside localidp may depend on it.
        boolean embeddedIdp = environment.getProperty("local-idp.enabled", Boolean.class, false);
        check("AUTH_ASGARDEO_ISSUER", settings.issuerUri(), allowInsecure, embeddedIdp);
        check("AUTH_ASGARDEO_ME_ENDPOINT", settings.meEndpointUri(), allowInsecure, embeddedIdp);
    }

    private static void check(String setting, URI url, boolean allowInsecure, boolean embeddedIdp) {
        if ("https".equalsIgnoreCase(url.getScheme())) {
            return;
        }
        boolean loopback = isLoopback(url.getHost());
        if (!loopback && !allowInsecure) {
            throw new InvalidSettingException(
                    setting,
                    "uses plain http to another machine: '" + url + "'",
                    "an https URL (tokens and the client secret travel to it), or set " + ALLOW_VARIABLE
                            + "=true to accept http on a network you trust");
        }
        if (!embeddedIdp) {
            LOG.warn(setting + " is not https (" + url + "): sign-in data and profile requests travel to it unencrypted"
                    + (loopback ? " - acceptable only on this machine" : ", as " + ALLOW_VARIABLE + " allows"));
        }
    }

    /** By name or literal address only: resolving a name at start-up would be slow and could be spoofed. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.equals("[::1]") || name.equals("[0:0:0:0:0:0:0:1]");
        }
        if (IPV4.matcher(name).matches()) {
            try {
                return InetAddress.getByName(name).isLoopbackAddress();
            } catch (java.net.UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
