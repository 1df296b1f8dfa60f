package dev.scimme.localidp;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * SCIM 2.0 {@code GET /scim2/Me} (RFC 7644 section 3.11) for the signed-in user of the bearer token,
 * shaped by the {@link ScimBehaviour} switches. A functional route rather than a {@code @RestController}:
 * a stereotype annotation would put this endpoint into the main app too, through its component scan.
 */
final class ScimMeEndpoint {

    static final String PATH = "/scim2/Me";
    static final String USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final MediaType SCIM_JSON = MediaType.parseMediaType(ScimErrorResponses.SCIM_JSON);

    private final LocalUsers users;
    private final ScimBehaviour behaviour;
    private final String issuer;

    ScimMeEndpoint(LocalUsers users, ScimBehaviour behaviour, String issuer) {
        this.users = users;
        this.behaviour = behaviour;
        this.issuer = issuer;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().GET(PATH, this::me).build();
    }

    ServerResponse me(ServerRequest request) throws InterruptedException {
        behaviour.awaitRelease();
        Duration delay = behaviour.delay();
        if (delay.isPositive()) {
            Thread.sleep(delay);
        }
        int forcedStatus = behaviour.forcedStatus();
        if (forcedStatus != 0) {
            return error(forcedStatus, "Forced by local-idp.scim.status");
        }
        String username = request.principal().map(Principal::getName).orElse("");
        return users.find(username)
                .map(user -> ServerResponse.ok().contentType(SCIM_JSON).body(resource(user)))
                .orElseGet(() -> error(404, "No user " + username + " at this identity provider."));
    }

    private ScimUser resource(LocalUser user) {
        String id = LocalUsers.scimId(user).toString();
        Instant created = users.created();
        return new ScimUser(
                List.of(USER_SCHEMA),
                id,
                user.username(),
                new ScimUser.Name(user.givenName(), user.familyName(), user.formattedName()),
                emails(user),
                new ScimUser.Meta("User", issuer + "/scim2/Users/" + id, created.toString(), created.toString()));
    }

    private List<Object> emails(LocalUser user) {
        return switch (behaviour.emails()) {
            case OBJECTS -> List.of(primaryEmail(user));
            case STRINGS -> List.of(user.email());
            case MIXED -> List.of(primaryEmail(user), homeEmail(user));
        };
    }

    private static ScimUser.Email primaryEmail(LocalUser user) {
        return new ScimUser.Email(user.email(), true, "work");
    }

    /** A second address for the mixed shape, derived so it never collides with the primary one. */
    private static String homeEmail(LocalUser user) {
        return user.username() + ".home@example.org";
    }

    private static ServerResponse error(int status, String detail) {
        return ServerResponse.status(status).contentType(SCIM_JSON).body(ScimError.of(status, detail));
    }

    /** RFC 7643 section 4.1, the attributes the app reads. */
    record ScimUser(List<String> schemas, String id, String userName, Name name, List<Object> emails, Meta meta) {

        record Name(String givenName, String familyName, String formatted) {}

        record Email(String value, boolean primary, String type) {}

        record Meta(String resourceType, String location, String created, String lastModified) {}
    }
}
