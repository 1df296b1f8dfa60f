package dev.scimme.localidp;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /scim2/Schemas} (RFC 7643 section 7, RFC 7644 section 4): the user's schemas with the
 * read-only switch applied, so a client learns what it may edit from the server it edits; and
 * {@code /scim2/Schemas/{id}} for one of them. Refused with 403 when {@link ScimBehaviour#refuseSchemas()},
 * as a tenant may refuse it to a user's token.
 */
final class ScimSchemasEndpoint {

    static final String PATH = "/scim2/Schemas";

    private final ScimBehaviour behaviour;
    private final String issuer;

    ScimSchemasEndpoint(ScimBehaviour behaviour, String issuer) {
        this.behaviour = behaviour;
        this.issuer = issuer;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(PATH, this::all)
                .GET(PATH + "/{id}", this::one)
                .build();
    }

    ServerResponse all(ServerRequest request) {
        if (behaviour.refuseSchemas()) {
            return refused();
        }
        List<ScimSchema> schemas =
                schemas().all().stream().map(schema -> schema.at(issuer)).toList();
        return ServerResponse.ok().contentType(ScimMeEndpoint.SCIM_JSON).body(ListResponse.of(schemas));
    }

    ServerResponse one(ServerRequest request) {
        if (behaviour.refuseSchemas()) {
            return refused();
        }
        String id = request.pathVariable("id");
        return schemas()
                .schema(id)
                .map(schema -> ServerResponse.ok()
                        .contentType(ScimMeEndpoint.SCIM_JSON)
                        .body(schema.at(issuer)))
                .orElseGet(
                        () -> answer(new ScimException(404, null, "No schema " + id + " at this service provider.")));
    }

    private UserSchemas schemas() {
        return new UserSchemas(behaviour.readOnly());
    }

    private static ServerResponse refused() {
        return answer(new ScimException(
                403, null, "Reading the schemas is not allowed for this token (local-idp.scim.refuse-schemas)."));
    }

    private static ServerResponse answer(ScimException refused) {
        return ServerResponse.status(refused.status())
                .contentType(ScimMeEndpoint.SCIM_JSON)
                .body(refused.body());
    }

    /** RFC 7644 section 3.4.2. */
    record ListResponse(
            List<String> schemas,
            int totalResults,
            int itemsPerPage,
            int startIndex,
            @JsonProperty("Resources") List<ScimSchema> resources) {

        static ListResponse of(List<ScimSchema> resources) {
            return new ListResponse(
                    List.of("urn:ietf:params:scim:api:messages:2.0:ListResponse"),
                    resources.size(),
                    resources.size(),
                    1,
                    resources);
        }
    }
}
