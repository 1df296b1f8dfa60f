package dev.scimme.localidp;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SCIM 2.0 {@code GET} and {@code PATCH /scim2/Me} (RFC 7644 sections 3.11 and 3.5.2) for the signed-in
 * user of the bearer token, shaped by the {@link ScimBehaviour} switches; both carry the resource's
 * {@code ETag}, and {@code PATCH} honours {@code If-Match}. A functional route rather than a
 * {@code @RestController}: a stereotype annotation would put this endpoint into the main app too,
 * through its component scan.
 */
final class ScimMeEndpoint {

    static final String PATH = "/scim2/Me";
    static final String USER_SCHEMA = UserSchemas.CORE;
    static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimErrorResponses.SCIM_JSON);

    private final UserProfiles profiles;
    private final ScimBehaviour behaviour;
    private final ScimUserResource resources;
    private final JsonMapper jsonMapper;

    ScimMeEndpoint(LocalUsers users, ScimBehaviour behaviour, String issuer, JsonMapper jsonMapper) {
        this.profiles = users.profiles();
        this.behaviour = behaviour;
        this.resources = new ScimUserResource(issuer, users.created());
        this.jsonMapper = jsonMapper;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route()
                .GET(PATH, this::me)
                .PATCH(PATH, this::patch)
                .build();
    }

    ServerResponse me(ServerRequest request) throws InterruptedException {
        Optional<ServerResponse> misbehaviour = misbehave();
        if (misbehaviour.isPresent()) {
            return misbehaviour.get();
        }
        String username = username(request);
        return profiles.find(username)
                .map(this::answer)
                .orElseGet(() ->
                        error(new ScimException(404, null, "No user " + username + " at this identity provider.")));
    }

    ServerResponse patch(ServerRequest request) throws InterruptedException {
        Optional<ServerResponse> misbehaviour = misbehave();
        if (misbehaviour.isPresent()) {
            return misbehaviour.get();
        }
        if (!behaviour.patchSupported()) {
            return error(new ScimException(
                    501, null, "PATCH is not supported by this service provider (local-idp.scim.patch-supported)."));
        }
        try {
            List<PatchOperation> operations = PatchOperation.parse(body(request));
            ScimPatch patch = new ScimPatch(new UserSchemas(behaviour.readOnly()));
            UserProfiles.UserProfile updated = profiles.update(
                    username(request),
                    request.headers().firstHeader(HttpHeaders.IF_MATCH),
                    attributes -> patch.apply(attributes, operations),
                    behaviour.pendingEmail());
            return answer(updated);
        } catch (ScimException refused) {
            return error(refused);
        }
    }

    /** The delay, hold and forced status the tests switch on, for reads and changes alike. */
    private Optional<ServerResponse> misbehave() throws InterruptedException {
        behaviour.awaitRelease();
        Duration delay = behaviour.delay();
        if (delay.isPositive()) {
            Thread.sleep(delay);
        }
        int forcedStatus = behaviour.forcedStatus();
        if (forcedStatus != 0) {
            return Optional.of(error(new ScimException(forcedStatus, null, "Forced by local-idp.scim.status")));
        }
        return Optional.empty();
    }

    private JsonNode body(ServerRequest request) {
        try {
            return jsonMapper.readTree(request.body(String.class));
        } catch (JacksonException | IOException | ServletException e) {
            throw ScimException.badRequest("invalidSyntax", "The request body is not JSON.");
        }
    }

    private ServerResponse answer(UserProfiles.UserProfile profile) {
        return ServerResponse.ok()
                .contentType(SCIM_JSON)
                .eTag(profile.etag())
                .body(resources.render(profile, behaviour.emails()));
    }

    private static String username(ServerRequest request) {
        return request.principal().map(Principal::getName).orElse("");
    }

    private static ServerResponse error(ScimException refused) {
        return ServerResponse.status(refused.status()).contentType(SCIM_JSON).body(refused.body());
    }
}
