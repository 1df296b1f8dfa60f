package dev.scimme.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scopes "Grant access" asks the IdP for on top of the configured ones: those the API named
 * when it refused the token for lack of scope. They are kept in the HTTP session, from the click
 * until the next authorization request, which takes them out (once), rather than carried in the
 * sign-in link: a link is the browser's to edit, and a scope parameter read from it would let any
 * page or crafted link make this app ask the IdP for whatever scope it names, under this app's name
 * and with the user's consent screen as the only check. What the session holds came from the API's
 * answer on the server side. That answer is untrusted too, so only RFC 6749 scope tokens (printable
 * ASCII without space, {@code "} and {@code \}) of at most 128 characters are kept, at most five of them.
 */
public final class ScopesToGrant {

    static final String ATTRIBUTE = ScopesToGrant.class.getName();
    static final int MAX_SCOPES = 5;

    /** RFC 6749 section 3.3: {@code scope-token = 1*( %x21 / %x23-5B / %x5D-7E )}, length capped. */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,128}");

    private ScopesToGrant() {}

    /** The scope tokens among {@code candidates}, without repeats, at most {@value #MAX_SCOPES}; the rest left out. */
    public static List<String> valid(Collection<String> candidates) {
        return candidates.stream()
                .filter(scope -> SCOPE_TOKEN.matcher(scope).matches())
                .distinct()
                .limit(MAX_SCOPES)
                .toList();
    }

    /**
     * Remembers {@code scopes} (the valid ones, see {@link #valid}) for this session's next "Grant
     * access" ({@link SignInLinks#grantAccess}), replacing whatever an earlier click left there.
     */
    public static void remember(WrappedSession session, Collection<String> scopes) {
        List<String> kept = valid(scopes);
        if (kept.isEmpty()) {
            session.removeAttribute(ATTRIBUTE);
        } else {
            // A String, not a List: session attributes may be serialised.
            session.setAttribute(ATTRIBUTE, String.join(" ", kept));
        }
    }

    /** What this session's next "Grant access" will ask for beyond the configured scopes. */
    public static List<String> remembered(WrappedSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof String remembered
                ? valid(List.of(remembered.split(" ")))
                : List.of();
    }

    /** The scopes remembered in the request's session, removed from it so that they are asked for once. */
    static List<String> takeFrom(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String remembered)) {
            return List.of();
        }
        session.removeAttribute(ATTRIBUTE);
        return valid(List.of(remembered.split(" ")));
    }
}
