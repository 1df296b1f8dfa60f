package dev.scimme.profile.edit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

/** The answers of a SCIM server, shaped as Asgardeo sends them. */
final class ScimServerStubs {

    static final String BASE = "/t/acme/scim2";
    static final String ME = BASE + "/Me";
    static final String SERVICE_PROVIDER_CONFIG = BASE + "/ServiceProviderConfig";
    static final String SCHEMAS = BASE + "/Schemas";
    static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    static final String WSO2 = "urn:scim:wso2:schema";

    private ScimServerStubs() {}

    static ResponseDefinitionBuilder scimJson(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/scim+json")
                .withBody(body);
    }

    static String serviceProviderConfig(boolean patch, boolean etag) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"],
                 "patch":{"supported":%s},"bulk":{"supported":false},"filter":{"supported":true,"maxResults":200},
                 "changePassword":{"supported":false},"sort":{"supported":false},"etag":{"supported":%s}}
                """.formatted(patch, etag);
    }

    /** Asgardeo's /Schemas: a ListResponse of the core User, the enterprise extension, WSO2's own and Group. */
    static String asgardeoSchemas() {
        return """
                {"totalResults":4,"Resources":[%s]}
                """.formatted(schemaResources());
    }

    /** The same schemas as a bare array, as some servers send them. */
    static String schemasAsArray() {
        return "[" + schemaResources() + "]";
    }

    private static String schemaResources() {
        return """
                {"id":"urn:ietf:params:scim:schemas:core:2.0:User","name":"User","attributes":[
                  {"name":"id","type":"string","multiValued":false,"required":false,"mutability":"readOnly","returned":"always"},
                  {"name":"userName","type":"string","multiValued":false,"required":true,"mutability":"immutable"},
                  {"name":"name","type":"complex","multiValued":false,"required":false,"mutability":"readWrite","subAttributes":[
                    {"name":"givenName","type":"string","multiValued":false,"required":false,"mutability":"readWrite"},
                    {"name":"familyName","type":"string","multiValued":false,"required":true,"mutability":"readWrite"}]},
                  {"name":"title","type":"string","multiValued":false,"required":false,"mutability":"readWrite"},
                  {"name":"password","type":"string","multiValued":false,"required":false,"mutability":"writeOnly","returned":"never"},
                  {"name":"active","type":"boolean","multiValued":false,"required":false,"mutability":"readWrite"},
                  {"name":"emails","type":"complex","multiValued":true,"required":false,"mutability":"readWrite","subAttributes":[
                    {"name":"value","type":"string","multiValued":false,"mutability":"readWrite"}]},
                  {"name":"phoneNumbers","type":"complex","multiValued":true,"required":false,"mutability":"readOnly"},
                  {"name":"roles","type":"complex","multiValued":true,"required":false,"mutability":"readWrite"},
                  {"name":"meta","type":"complex","multiValued":false,"mutability":"readOnly","subAttributes":[
                    {"name":"version","type":"string","multiValued":false,"mutability":"readOnly"}]}]},
                {"id":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User","attributes":[
                  {"name":"department","type":"string","multiValued":false,"required":false,"mutability":"readWrite"},
                  {"name":"manager","type":"complex","multiValued":false,"mutability":"readWrite","subAttributes":[
                    {"name":"value","type":"string","multiValued":false,"mutability":"readWrite"},
                    {"name":"displayName","type":"string","multiValued":false,"mutability":"readOnly"}]}]},
                {"id":"urn:scim:wso2:schema","attributes":[
                  {"name":"country","type":"string","multiValued":false,"required":false,"mutability":"READ_WRITE"},
                  {"name":"accountLocked","type":"boolean","multiValued":false,"mutability":"readWrite"},
                  {"name":"emailAddresses","type":"string","multiValued":true,"mutability":"readWrite"},
                  {"name":"exotic","type":"string","multiValued":false,"mutability":"sometimes"}]},
                {"id":"urn:ietf:params:scim:schemas:core:2.0:Group","attributes":[
                  {"name":"displayName","type":"string","multiValued":false,"mutability":"readWrite"}]}
                """;
    }

    /** Kim as /Me returns her, version W/"1" unless the server sends none. */
    static String kim(String emails) {
        return """
                {"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"8c5a0f4e","userName":"kim",
                 "name":{"givenName":"Kim","familyName":"Lee"},"title":"Engineer","emails":%s,
                 "phoneNumbers":[{"value":"+94 77 123 4567","type":"mobile"}],
                 "%s":{"department":"R&D"},"%s":{"country":"Sri Lanka"},
                 "meta":{"version":"W/\\"1\\"","resourceType":"User"}}
                """.formatted(emails, ENTERPRISE, WSO2);
    }

    static String kimsEmails() {
        return """
                [{"value":"kim@work.example","type":"work","primary":true},{"value":"kim@home.example","type":"home"}]""";
    }
}
