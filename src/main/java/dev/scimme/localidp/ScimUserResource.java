package dev.scimme.localidp;

import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders a user's attributes as the RFC 7643 section 4.1 resource {@code /scim2/Me} answers with:
 * {@code schemas} naming the extensions in use, {@code meta} with the version, and {@code emails} in
 * the shape the {@link EmailShape} switch asks for.
 */
final class ScimUserResource {

    private final String issuer;
    private final Instant created;

    /** @param created the SCIM {@code meta.created} of every user: when the directory came into being */
    ScimUserResource(String issuer, Instant created) {
        this.issuer = issuer;
        this.created = created;
    }

    ObjectNode render(UserProfiles.UserProfile profile, EmailShape emailShape) {
        ObjectNode attributes = profile.attributes();
        ObjectNode resource = attributes.objectNode();
        ArrayNode schemas = resource.putArray("schemas").add(UserSchemas.CORE);
        for (Map.Entry<String, JsonNode> entry : attributes.properties()) {
            if (entry.getKey().startsWith("urn:")) {
                schemas.add(entry.getKey());
            }
            resource.set(
                    entry.getKey(),
                    entry.getKey().equals("emails")
                            ? emails(entry.getValue(), attributes, emailShape)
                            : entry.getValue().deepCopy());
        }
        String id = attributes.path("id").asString();
        resource.putObject("meta")
                .put("resourceType", "User")
                .put("location", issuer + "/scim2/Users/" + id)
                .put("created", created.toString())
                .put("lastModified", profile.lastModified().toString())
                .put("version", profile.etag());
        return resource;
    }

    private static ArrayNode emails(JsonNode emails, ObjectNode attributes, EmailShape shape) {
        ArrayNode rendered = attributes.arrayNode();
        switch (shape) {
            case OBJECTS -> emails.values().forEach(email -> rendered.add(email.deepCopy()));
            case STRINGS ->
                emails.values()
                        .forEach(email -> rendered.add(email.path("value").asString()));
            case MIXED -> {
                emails.values().forEach(email -> rendered.add(email.deepCopy()));
                // Derived from the user name, so it never collides with a real address.
                rendered.add(attributes.path("userName").asString() + ".home@example.org");
            }
        }
        return rendered;
    }
}
