package dev.scimme.localidp;

import java.util.List;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /scim2/ServiceProviderConfig} (RFC 7643 section 5): what this SCIM server supports. PATCH
 * follows {@link ScimBehaviour#patchSupported()}; ETags are always on; filtering, bulk, sorting and
 * password changes are not offered.
 */
final class ServiceProviderConfigEndpoint {

    static final String PATH = "/scim2/ServiceProviderConfig";

    private final ScimBehaviour behaviour;
    private final String issuer;

    ServiceProviderConfigEndpoint(ScimBehaviour behaviour, String issuer) {
        this.behaviour = behaviour;
        this.issuer = issuer;
    }

    RouterFunction<ServerResponse> routes() {
        return RouterFunctions.route().GET(PATH, this::config).build();
    }

    ServerResponse config(ServerRequest request) {
        return ServerResponse.ok()
                .contentType(ScimMeEndpoint.SCIM_JSON)
                .body(new ServiceProviderConfig(
                        List.of("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"),
                        new Supported(behaviour.patchSupported()),
                        new Bulk(false, 0, 0),
                        new Filter(false, 0),
                        new Supported(false),
                        new Supported(false),
                        new Supported(true),
                        List.of(new AuthenticationScheme(
                                "oauthbearertoken",
                                "OAuth Bearer Token",
                                "An OAuth 2.0 bearer access token with the internal_login scope.",
                                "https://www.rfc-editor.org/info/rfc6750",
                                true)),
                        new Meta("ServiceProviderConfig", issuer + PATH)));
    }

    record ServiceProviderConfig(
            List<String> schemas,
            Supported patch,
            Bulk bulk,
            Filter filter,
            Supported changePassword,
            Supported sort,
            Supported etag,
            List<AuthenticationScheme> authenticationSchemes,
            Meta meta) {}

    record Supported(boolean supported) {}

    record Bulk(boolean supported, int maxOperations, int maxPayloadSize) {}

    record Filter(boolean supported, int maxResults) {}

    record AuthenticationScheme(String type, String name, String description, String specUri, boolean primary) {}

    record Meta(String resourceType, String location) {}
}
