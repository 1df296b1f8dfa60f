package dev.scimme.profile.edit;

import dev.scimme.profile.DocumentResult;
import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ProfileFailure.Kind;
import dev.scimme.profile.ScimEditClient;
import dev.scimme.profile.ScimJson;
import dev.scimme.profile.edit.ScimSchemaParser.SchemaAttributes;
import dev.scimme.security.SessionTokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Asks the server what the signed-in user may edit: {@code /ServiceProviderConfig} (is {@code PATCH}
 * supported, are ETags) and {@code /Schemas} (which attributes, how mutable). Neither answer is required:
 * some servers refuse both to a user's token. Without the first, a save is tried and its answer tells;
 * without the second, the fields every user has are offered (names, e-mails, phone numbers).
 */
final class CapabilitiesReader {

    static final String PATCH_NOT_SUPPORTED =
            "Your identity provider does not allow changes to profiles through this app:"
                    + " its SCIM service does not support updates (PATCH).";
    static final String NOT_SIGNED_IN = "Your session has ended. Sign in again to edit your profile.";

    /** What every SCIM user has, when {@code /Schemas} cannot be read. */
    static final List<AttributeDefinition> FALLBACK_ATTRIBUTES = List.of(
            new AttributeDefinition("name.givenName", "name.givenName", Mutability.READ_WRITE, false),
            new AttributeDefinition("name.familyName", "name.familyName", Mutability.READ_WRITE, false));

    /** Failures that say nothing lasting about the server: asking again later may be answered. */
    private static final Set<Kind> PASSING =
            Set.of(Kind.NOT_SIGNED_IN, Kind.TOKEN_REJECTED, Kind.SERVER_ERROR, Kind.TIMEOUT, Kind.UNREACHABLE);

    private final ScimEditClient client;
    private final ScimSchemaParser schemaParser = new ScimSchemaParser();

    CapabilitiesReader(ScimEditClient client) {
        this.client = client;
    }

    ServerCapabilities read(SessionTokens session) {
        DocumentResult config = client.read(session, "ServiceProviderConfig");
        if (endedSession(config)) {
            return notSignedIn();
        }
        JsonNode configJson = config instanceof DocumentResult.Read read ? read.json() : null;
        Boolean patch = supported(configJson, "patch");
        Boolean etag = supported(configJson, "etag");
        if (Boolean.FALSE.equals(patch)) {
            return new ServerCapabilities(
                    new EditCapabilities(false, PATCH_NOT_SUPPORTED, false, List.of(), false, false),
                    etag,
                    definite(config));
        }
        DocumentResult schemas = client.read(session, "Schemas");
        if (endedSession(schemas)) {
            return notSignedIn();
        }
        EditCapabilities edit = attributes(schemas)
                .map(attributes -> new EditCapabilities(
                        true,
                        null,
                        true,
                        attributes.attributes(),
                        editable(attributes.emails()),
                        editable(attributes.phoneNumbers())))
                .orElseGet(() -> new EditCapabilities(true, null, false, FALLBACK_ATTRIBUTES, true, true));
        return new ServerCapabilities(edit, etag, definite(config) && definite(schemas));
    }

    private Optional<SchemaAttributes> attributes(DocumentResult schemas) {
        return schemas instanceof DocumentResult.Read read ? schemaParser.parse(read.json()) : Optional.empty();
    }

    /** {@code {feature}.supported}: true, false, or null when the document or the answer is missing. */
    private static @Nullable Boolean supported(@Nullable JsonNode config, String feature) {
        if (config == null || !config.isObject()) {
            return null;
        }
        JsonNode featureNode = ScimJson.attribute(config, feature);
        JsonNode supported = featureNode == null ? null : ScimJson.attribute(featureNode, "supported");
        if (ScimJson.isTrue(supported)) {
            return true;
        }
        return ScimJson.isFalse(supported) ? false : null;
    }

    private static boolean editable(@Nullable Mutability mutability) {
        return mutability != null && mutability.editable();
    }

    private static boolean endedSession(DocumentResult result) {
        return result instanceof DocumentResult.Failed failed
                && failed.failure().kind() == Kind.NOT_SIGNED_IN;
    }

    private static boolean definite(DocumentResult result) {
        if (result instanceof DocumentResult.Failed failed) {
            ProfileFailure failure = failed.failure();
            return !PASSING.contains(failure.kind());
        }
        return true;
    }

    private static ServerCapabilities notSignedIn() {
        return new ServerCapabilities(
                new EditCapabilities(false, NOT_SIGNED_IN, false, List.of(), false, false), null, false);
    }
}
