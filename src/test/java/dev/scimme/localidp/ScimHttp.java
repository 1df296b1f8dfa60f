package dev.scimme.localidp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** SCIM requests with a bearer token, for the tests of the IdP's SCIM endpoints. */
final class ScimHttp {

    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final JsonMapper JSON = JsonMapper.shared();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ScimHttp() {}

    static HttpResponse<String> get(String url, String bearerToken) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + bearerToken)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> patch(String url, String bearerToken, String body, @Nullable String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/scim+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A PatchOp message carrying these operations (JSON objects, comma-separated). */
    static String patchOp(String operations) {
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":[" + operations + "]}";
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
