package dev.scimme.profile.edit;

import dev.scimme.profile.PatchOutcome;
import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ScimEditClient;
import dev.scimme.profile.ScimProfile;
import dev.scimme.security.SessionAttributes;
import dev.scimme.security.SessionTokenService;
import dev.scimme.security.SessionTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Editing one's own profile through SCIM: what may be changed ({@code /ServiceProviderConfig},
 * {@code /Schemas}, read once per session), the draft a form starts from, and one {@code PATCH /Me}
 * per save carrying only what changed. Call on a request or UI thread: the session is found there.
 */
@Service
public class ProfileEditingService {

    private static final EditCapabilities NOT_SIGNED_IN =
            new EditCapabilities(false, CapabilitiesReader.NOT_SIGNED_IN, false, List.of(), false, false);

    /** An entity tag as HTTP allows it in a header: visible ASCII only, so nothing can be smuggled into one. */
    private static final Pattern ENTITY_TAG = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final Supplier<Optional<SessionTokens>> sessions;
    private final Supplier<Optional<SessionAttributes>> sessionAttributes;
    private final ScimEditClient client;
    private final SessionEditCapabilities capabilities;
    private final PatchRequestBuilder requests = new PatchRequestBuilder();
    private final SaveResults results;

    @Autowired
    ProfileEditingService(SessionTokenService sessionTokens, ScimEditClient client) {
        this(sessionTokens::currentSession, SessionAttributes::current, client);
    }

    ProfileEditingService(
            Supplier<Optional<SessionTokens>> sessions,
            Supplier<Optional<SessionAttributes>> sessionAttributes,
            ScimEditClient client) {
        this.sessions = sessions;
        this.sessionAttributes = sessionAttributes;
        this.client = client;
        this.capabilities = new SessionEditCapabilities(new CapabilitiesReader(client));
        this.results = new SaveResults(client);
    }

    /** What the signed-in user may change. */
    public EditCapabilities capabilities() {
        return sessions.get().map(session -> serverCapabilities(session).edit()).orElse(NOT_SIGNED_IN);
    }

    /** The values a form starts from: the profile's, for every attribute {@link #capabilities()} lists. */
    public ProfileDraft draftOf(ScimProfile profile) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (AttributeDefinition attribute : capabilities().attributes()) {
            attributes.put(
                    attribute.path(), profile.attributeValue(attribute.path()).orElse(""));
        }
        return new ProfileDraft(
                attributes,
                profile.emails().stream()
                        .map(email -> new ProfileDraft.EmailEntry(email.value(), email.type(), email.primary()))
                        .toList(),
                profile.phoneNumbers().stream()
                        .map(phone -> new ProfileDraft.PhoneEntry(phone.value(), phone.type()))
                        .toList());
    }

    /** Saves what differs between {@code original} and {@code edited}: at most one {@code PATCH /Me}. */
    public SaveResult save(ScimProfile original, ProfileDraft edited) {
        Optional<SessionTokens> session = sessions.get();
        if (session.isEmpty()) {
            return new SaveResult.Failed(
                    new ProfileFailure(ProfileFailure.Kind.NOT_SIGNED_IN, 0, null, "no signed-in session with tokens"));
        }
        ServerCapabilities server = serverCapabilities(session.get());
        Optional<PatchRequest> request = requests.build(original, edited, server.edit());
        if (request.isEmpty()) {
            return new SaveResult.Unchanged();
        }
        PatchOutcome outcome = client.patchMe(session.get(), request.get().body(), ifMatch(original, server));
        return results.of(outcome, request.get(), session.get());
    }

    private ServerCapabilities serverCapabilities(SessionTokens session) {
        return capabilities.of(session, sessionAttributes.get());
    }

    /** The version read, when the server may check it: it supports ETags, or does not say but sent one. */
    private static @Nullable String ifMatch(ScimProfile original, ServerCapabilities server) {
        String version = original.version();
        if (version == null
                || Boolean.FALSE.equals(server.etagSupported())
                || !ENTITY_TAG.matcher(version).matches()) {
            return null;
        }
        return version;
    }
}
