package dev.scimme.localidp;

import static dev.scimme.localidp.ScimHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code /scim2/ServiceProviderConfig} and {@code /scim2/Schemas}: what a client learns before editing. */
class ScimDiscoveryTest {

    private static final String CORE = "urn:ietf:params:scim:schemas:core:2.0:User";
    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    private static final String WSO2 = "urn:scim:wso2:schema";

    private static RunningLocalIdp idp;
    private static String token;

    @BeforeAll
    static void startIdp() {
        TestLogging.quiet();
        idp = LocalIdentityProvider.start(LocalIdpSettings.defaults(0, 8080));
        token = LocalIdpSignIn.signInDemo(idp).accessToken();
    }

    @AfterAll
    static void stopIdp() {
        idp.close();
    }

    @AfterEach
    void standardAnswers() {
        idp.scimBehaviour().reset();
    }

    @Test
    void the_service_provider_config_offers_patch_and_etags_and_nothing_else() throws Exception {
        HttpResponse<String> response = ScimHttp.get(idp.issuer() + "/scim2/ServiceProviderConfig", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
        JsonNode config = json(response);
        assertThat(config.path("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig");
        assertThat(config.path("patch").path("supported").asBoolean()).isTrue();
        assertThat(config.path("etag").path("supported").asBoolean()).isTrue();
        assertThat(List.of("filter", "bulk", "changePassword", "sort"))
                .allSatisfy(feature -> assertThat(
                                config.path(feature).path("supported").isBoolean())
                        .as(feature)
                        .isTrue())
                .allSatisfy(feature -> assertThat(
                                config.path(feature).path("supported").asBoolean())
                        .as(feature)
                        .isFalse());
        assertThat(config.path("authenticationSchemes").get(0).path("type").asString())
                .isEqualTo("oauthbearertoken");
    }

    @Test
    void with_patch_unsupported_the_service_provider_config_says_so() throws Exception {
        idp.scimBehaviour().patchSupported(false);

        JsonNode config = json(ScimHttp.get(idp.issuer() + "/scim2/ServiceProviderConfig", token));

        assertThat(config.path("patch").path("supported").asBoolean()).isFalse();
    }

    @Test
    void schemas_list_the_core_user_the_enterprise_and_the_wso2_extension() throws Exception {
        HttpResponse<String> response = ScimHttp.get(idp.issuer() + "/scim2/Schemas", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode list = json(response);
        assertThat(list.path("schemas").get(0).asString())
                .isEqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse");
        assertThat(list.path("totalResults").asInt()).isEqualTo(3);
        assertThat(list.path("Resources").values())
                .extracting(schema -> schema.path("id").asString())
                .containsExactly(CORE, ENTERPRISE, WSO2);
    }

    @Test
    void every_attribute_declares_its_characteristics_and_complex_ones_their_sub_attributes() throws Exception {
        JsonNode core = schema(CORE);

        assertThat(core.path("attributes").values())
                .allSatisfy(attribute -> assertThat(attribute.propertyNames())
                        .contains("name", "type", "multiValued", "required", "mutability", "returned", "uniqueness"));
        assertThat(attribute(core, "userName").path("required").asBoolean()).isTrue();
        assertThat(attribute(core, "userName").path("mutability").asString()).isEqualTo("readWrite");
        assertThat(attribute(core, "id").path("mutability").asString()).isEqualTo("readOnly");
        assertThat(attribute(core, "emails").path("multiValued").asBoolean()).isTrue();
        assertThat(attribute(core, "phoneNumbers").path("multiValued").asBoolean())
                .isTrue();
        JsonNode name = attribute(core, "name");
        assertThat(name.path("type").asString()).isEqualTo("complex");
        assertThat(name.path("subAttributes").values())
                .filteredOn(sub -> List.of("givenName", "familyName", "formatted")
                        .contains(sub.path("name").asString()))
                .hasSize(3)
                .allSatisfy(sub -> assertThat(sub.path("mutability").asString()).isEqualTo("readWrite"));
        assertThat(attribute(schema(ENTERPRISE), "department").path("type").asString())
                .isEqualTo("string");
        assertThat(attribute(schema(WSO2), "country").path("mutability").asString())
                .isEqualTo("readWrite");
    }

    @Test
    void attributes_switched_read_only_are_declared_read_only() throws Exception {
        idp.scimBehaviour().readOnly("name.familyName", ENTERPRISE + ":department");

        JsonNode familyName = attribute(schema(CORE), "name").path("subAttributes").values().stream()
                .filter(sub -> sub.path("name").asString().equals("familyName"))
                .findFirst()
                .orElseThrow();

        assertThat(familyName.path("mutability").asString()).isEqualTo("readOnly");
        assertThat(attribute(schema(ENTERPRISE), "department")
                        .path("mutability")
                        .asString())
                .isEqualTo("readOnly");
        assertThat(attribute(schema(ENTERPRISE), "organization")
                        .path("mutability")
                        .asString())
                .isEqualTo("readWrite");
    }

    @Test
    void one_schema_can_be_read_by_its_id() throws Exception {
        HttpResponse<String> response = ScimHttp.get(idp.issuer() + "/scim2/Schemas/" + ENTERPRISE, token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("id").asString()).isEqualTo(ENTERPRISE);
    }

    @Test
    void with_schemas_refused_they_answer_403_with_a_scim_error() throws Exception {
        idp.scimBehaviour().refuseSchemas(true);

        HttpResponse<String> response = ScimHttp.get(idp.issuer() + "/scim2/Schemas", token);

        ScimErrors.assertScimError(response, "403");
    }

    @Test
    void schemas_and_service_provider_config_need_the_internal_login_scope() throws Exception {
        String withoutScope = LocalIdpSignIn.signIn(
                        idp, "demo", "demo", "openid profile", LocalIdpSignIn.LOOPBACK_CALLBACK)
                .accessToken();

        ScimErrors.assertScimError(ScimHttp.get(idp.issuer() + "/scim2/Schemas", withoutScope), "403");
        ScimErrors.assertScimError(ScimHttp.get(idp.issuer() + "/scim2/ServiceProviderConfig", withoutScope), "403");
    }

    private static JsonNode schema(String id) throws Exception {
        return json(ScimHttp.get(idp.issuer() + "/scim2/Schemas", token)).path("Resources").values().stream()
                .filter(schema -> schema.path("id").asString().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode attribute(JsonNode schema, String name) {
        return schema.path("attributes").values().stream()
                .filter(attribute -> attribute.path("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no attribute " + name + " in " + schema.path("id")));
    }
}
