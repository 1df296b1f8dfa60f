package dev.scimme.localidp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** Assertions on RFC 7644 section 3.12 error answers. */
final class ScimErrors {

    private ScimErrors() {}

    /** Asserts a SCIM error with this status (a string, by the spec) and a detail; returns its body. */
    static JsonNode assertScimError(HttpResponse<String> response, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(Integer.parseInt(status));
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
        JsonNode body = ScimHttp.json(response);
        assertThat(body.path("schemas").get(0).asString()).isEqualTo("urn:ietf:params:scim:api:messages:2.0:Error");
        assertThat(body.path("status").asString()).isEqualTo(status);
        assertThat(body.path("detail").asString()).isNotBlank();
        return body;
    }
}
