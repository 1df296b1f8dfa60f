package dev.scimme.profile;

import dev.scimme.security.SessionTokens;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SCIM calls that editing one's own profile makes, for {@code dev.scimme.profile.edit}: the API's
 * {@code ServiceProviderConfig} and {@code Schemas}, {@code PATCH /Me}, and {@code /Me} read again. It
 * exists so that editing reaches {@link ScimMeClient} (tokens, refresh, bounded reads, failure kinds,
 * logging) without depending on it: only this package uses the client.
 */
public class ScimEditClient {

    private final ScimMeClient client;
    private final ObjectMapper json = JsonMapper.builder().build();

    public ScimEditClient(ScimMeClient client) {
        this.client = client;
    }

    /** {@code ServiceProviderConfig}, {@code Schemas}…, beside {@code /Me} in the same API. */
    public DocumentResult read(SessionTokens session, String resource) {
        return client.readDocument(session, resource);
    }

    /** One {@code PATCH /Me} carrying {@code patchOp}, written as it is by Jackson. */
    public PatchOutcome patchMe(SessionTokens session, JsonNode patchOp, @Nullable String ifMatch) {
        return client.patchMe(session, json.writeValueAsBytes(patchOp), ifMatch);
    }

    public ProfileResult readMe(SessionTokens session) {
        return client.fetchProfile(session);
    }
}
