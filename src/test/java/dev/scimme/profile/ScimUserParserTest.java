package dev.scimme.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScimUserParserTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ScimUserParser parser = new ScimUserParser();

    private ScimProfile parse(String body) {
        return parser.parse(json.readTree(body));
    }

    static String asgardeoUser() {
        return """
                {"emails":["kim@example.com"],
                 "meta":{"created":"2024-05-02T10:11:12.345Z","location":"https://api.asgardeo.io/t/acme/scim2/Users/8c5a0f4e","lastModified":"2024-06-01T08:00:00Z","resourceType":"User"},
                 "schemas":["urn:ietf:params:scim:schemas:core:2.0:User","urn:scim:wso2:schema"],
                 "roles":[{"type":"default","value":"everyone"}],
                 "name":{"givenName":"Kim","familyName":"Lee"},
                 "id":"8c5a0f4e-1d2b-4f6a-9e3c-2b7d1a0c9f11",
                 "userName":"DEFAULT/kim@example.com",
                 "urn:scim:wso2:schema":{"accountLocked":"false"}}
                """;
    }

    @Test
    void an_asgardeo_user_is_read_with_its_core_attributes() {
        ScimProfile profile = parse(asgardeoUser());

        assertThat(profile.id()).isEqualTo("8c5a0f4e-1d2b-4f6a-9e3c-2b7d1a0c9f11");
        assertThat(profile.userName()).isEqualTo("DEFAULT/kim@example.com");
        assertThat(profile.givenName()).contains("Kim");
        assertThat(profile.familyName()).contains("Lee");
        assertThat(profile.emails()).containsExactly(new ScimEmail("kim@example.com", null, true));
    }

    @Test
    void roles_and_wso2_extension_attributes_become_other_attributes_but_schemas_and_meta_do_not() {
        ScimProfile profile = parse(asgardeoUser());

        assertThat(profile.otherAttributes())
                .containsExactly(new ScimAttribute("roles", "everyone"), new ScimAttribute("accountLocked", "false"));
    }

    @Test
    void emails_given_as_rfc_7643_objects_keep_type_and_put_the_primary_first() {
        ScimProfile profile = parse("""
                {"userName":"kim","emails":[
                  {"value":"kim@home.example","type":"home"},
                  {"value":"kim@work.example","type":"work","primary":true}]}
                """);

        assertThat(profile.emails())
                .containsExactly(
                        new ScimEmail("kim@work.example", "work", true),
                        new ScimEmail("kim@home.example", "home", false));
        assertThat(profile.primaryEmail()).map(ScimEmail::value).contains("kim@work.example");
    }

    @Test
    void emails_given_as_plain_strings_are_kept_and_the_first_is_primary() {
        ScimProfile profile = parse("""
                {"userName":"kim","emails":["kim@example.com","kim.lee@example.org"]}
                """);

        assertThat(profile.emails())
                .containsExactly(
                        new ScimEmail("kim@example.com", null, true),
                        new ScimEmail("kim.lee@example.org", null, false));
    }

    @Test
    void emails_mixing_strings_and_objects_in_one_array_are_all_kept() {
        ScimProfile profile = parse("""
                {"emails":[{"value":"kim@work.example","type":"work"},"kim@example.com",
                           {"type":"home"}, "", null, 42]}
                """);

        assertThat(profile.emails())
                .containsExactly(
                        new ScimEmail("kim@example.com", null, true),
                        new ScimEmail("kim@work.example", "work", false),
                        new ScimEmail("42", null, false));
    }

    @Test
    void a_marked_primary_wins_over_the_first_plain_string_and_only_one_stays_primary() {
        ScimProfile profile = parse("""
                {"emails":["a@example.com",{"value":"b@example.com","primary":"true"},
                           {"value":"c@example.com","primary":true}]}
                """);

        assertThat(profile.emails())
                .extracting(ScimEmail::value, ScimEmail::primary)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("b@example.com", true),
                        org.assertj.core.groups.Tuple.tuple("a@example.com", false),
                        org.assertj.core.groups.Tuple.tuple("c@example.com", false));
    }

    @Test
    void primary_given_as_the_string_true_counts_as_primary() {
        ScimProfile profile = parse("""
                {"emails":[{"value":"a@example.com"},{"value":"b@example.com","primary":"TRUE"}]}
                """);

        assertThat(profile.primaryEmail()).map(ScimEmail::value).contains("b@example.com");
    }

    @Test
    void without_any_primary_the_first_object_email_is_the_one_shown_first() {
        ScimProfile profile = parse("""
                {"emails":[{"value":"a@example.com"},{"value":"b@example.com"}]}
                """);

        assertThat(profile.emails())
                .allSatisfy(email -> assertThat(email.primary()).isFalse());
        assertThat(profile.primaryEmail()).map(ScimEmail::value).contains("a@example.com");
    }

    @Test
    void a_username_in_another_letter_case_is_read() {
        assertThat(parse("{\"username\":\"kim\"}").userName()).isEqualTo("kim");
        assertThat(parse("{\"USERNAME\":\"kim\"}").userName()).isEqualTo("kim");
    }

    @Test
    void a_missing_username_falls_back_to_the_primary_email() {
        ScimProfile profile = parse("""
                {"emails":[{"value":"a@example.com"},{"value":"kim@example.com","primary":true}]}
                """);

        assertThat(profile.userName()).isEqualTo("kim@example.com");
    }

    @Test
    void a_user_without_name_has_the_empty_name() {
        ScimProfile profile = parse("{\"userName\":\"kim\"}");

        assertThat(profile.name()).isSameAs(ScimName.EMPTY);
        assertThat(profile.givenName()).isEmpty();
        assertThat(profile.familyName()).isEmpty();
        assertThat(profile.emails()).isEmpty();
        assertThat(profile.primaryEmail()).isEmpty();
    }

    @Test
    void a_name_with_only_formatted_keeps_it() {
        ScimProfile profile = parse("{\"name\":{\"formatted\":\"Ms. Kim Lee\"}}");

        assertThat(profile.name()).isEqualTo(new ScimName(null, null, "Ms. Kim Lee"));
    }

    @Test
    void phone_numbers_have_the_same_shapes_as_emails() {
        ScimProfile profile = parse("""
                {"phoneNumbers":["+94 11 234 5678",{"value":"+94 77 123 4567","type":"mobile","primary":true}]}
                """);

        assertThat(profile.phoneNumbers())
                .containsExactly(
                        new ScimPhoneNumber("+94 77 123 4567", "mobile", true),
                        new ScimPhoneNumber("+94 11 234 5678", null, false));
    }

    @Test
    void enterprise_extension_attributes_are_flattened_without_their_urn() {
        ScimProfile profile = parse("""
                {"userName":"kim",
                 "schemas":["urn:ietf:params:scim:schemas:core:2.0:User",
                            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
                 "title":"Engineer","locale":"en-LK",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
                    "department":"R&D","employeeNumber":1701,
                    "manager":{"value":"26118915-6090-4610-87e4-49d8ca9f808d","displayName":"John Smith"}}}
                """);

        assertThat(profile.otherAttributes())
                .containsExactly(
                        new ScimAttribute("title", "Engineer"),
                        new ScimAttribute("locale", "en-LK"),
                        new ScimAttribute("department", "R&D"),
                        new ScimAttribute("employeeNumber", "1701"),
                        new ScimAttribute("manager.value", "26118915-6090-4610-87e4-49d8ca9f808d"),
                        new ScimAttribute("manager.displayName", "John Smith"));
    }

    @Test
    void simple_attributes_are_kept_by_their_scim_path_for_editing() {
        ScimProfile profile = parse("""
                {"userName":"kim","title":"Engineer","active":true,
                 "name":{"givenName":"Kim","familyName":"Lee"},
                 "emails":["kim@example.com"],
                 "meta":{"version":"W/\\"3694e05e\\"","location":"https://scim.example/Users/1"},
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{
                    "department":"R&D","manager":{"value":"26118915"}},
                 "urn:scim:wso2:schema":{"country":"Sri Lanka"}}
                """);

        assertThat(profile.attributeValues())
                .containsOnly(
                        entry("userName", "kim"),
                        entry("title", "Engineer"),
                        entry("active", "true"),
                        entry("name.givenName", "Kim"),
                        entry("name.familyName", "Lee"),
                        entry("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "R&D"),
                        entry("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value", "26118915"),
                        entry("urn:scim:wso2:schema:country", "Sri Lanka"));
        assertThat(profile.attributeValue("NAME.givenname")).contains("Kim");
    }

    @Test
    void the_version_of_the_resource_is_read_from_meta() {
        assertThat(parse("{\"meta\":{\"version\":\"W/\\\"3694e05e\\\"\"}}").version())
                .isEqualTo("W/\"3694e05e\"");
        assertThat(parse(asgardeoUser()).version()).isNull();
    }

    @Test
    void attribute_values_are_bounded_like_every_other_value() {
        String many = IntStream.range(0, 1_000)
                .mapToObj(i -> "\"a" + i + "\":\"" + "x".repeat(3_000) + "\"")
                .collect(Collectors.joining(",", "{", "}"));

        ScimProfile profile = parse(many);

        assertThat(profile.attributeValues()).hasSize(200);
        assertThat(profile.attributeValues().values())
                .allSatisfy(value -> assertThat(value).hasSize(2_000));
    }

    @Test
    void unknown_schemas_and_their_attributes_are_kept() {
        ScimProfile profile = parse("""
                {"urn:example:params:scim:schemas:extension:acme:1.0:User":{"badge":"A-17","floor":3},
                 "nickName":"kimmy"}
                """);

        assertThat(profile.otherAttributes())
                .containsExactly(
                        new ScimAttribute("badge", "A-17"),
                        new ScimAttribute("floor", "3"),
                        new ScimAttribute("nickName", "kimmy"));
    }

    @Test
    void roles_of_mixed_shapes_are_joined_preferring_display() {
        ScimProfile profile = parse("""
                {"roles":["admin",{"value":"everyone"},{"value":"r-17","display":"Auditor"},{"type":"x"}]}
                """);

        assertThat(profile.otherAttributes())
                .containsExactly(new ScimAttribute("roles", "admin, everyone, Auditor, x"));
    }

    @Test
    void empty_attributes_are_skipped() {
        ScimProfile profile = parse("""
                {"title":"","nickName":"  ","roles":[],"groups":[{}],"addresses":null,
                 "urn:scim:wso2:schema":{},"locale":"en"}
                """);

        assertThat(profile.otherAttributes()).containsExactly(new ScimAttribute("locale", "en"));
    }

    @Test
    void a_thousand_emails_are_cut_to_a_hundred() {
        String emails = IntStream.range(0, 1_000)
                .mapToObj(i -> "{\"value\":\"user" + i + "@example.com\"}")
                .collect(Collectors.joining(","));

        ScimProfile profile = parse("{\"emails\":[" + emails + "]}");

        assertThat(profile.emails()).hasSize(100);
        assertThat(profile.emails().getFirst().value()).isEqualTo("user0@example.com");
    }

    @Test
    void values_are_capped_at_two_thousand_characters_and_attributes_at_a_hundred() {
        String attributes = IntStream.range(0, 500)
                .mapToObj(i -> "\"attr" + i + "\":\"" + "x".repeat(5_000) + "\"")
                .collect(Collectors.joining(","));

        ScimProfile profile = parse("{" + attributes + "}");

        assertThat(profile.otherAttributes()).hasSize(100);
        assertThat(profile.otherAttributes())
                .allSatisfy(a -> assertThat(a.value()).hasSize(2_000));
    }

    @Test
    void a_hostile_value_comes_through_unchanged() {
        String hostile = "<img src=x onerror=alert(1)>";
        ScimProfile profile = parse("""
                {"userName":"<img src=x onerror=alert(1)>","name":{"givenName":"<img src=x onerror=alert(1)>"},
                 "emails":["<img src=x onerror=alert(1)>"],"title":"<img src=x onerror=alert(1)>"}
                """);

        assertThat(profile.userName()).isEqualTo(hostile);
        assertThat(profile.givenName()).contains(hostile);
        assertThat(profile.primaryEmail()).map(ScimEmail::value).contains(hostile);
        assertThat(profile.otherAttributes()).containsExactly(new ScimAttribute("title", hostile));
    }

    @Test
    void a_scim_error_with_schemas_as_a_string_and_status_as_a_string_is_read() {
        JsonNode body = json.readTree("""
                {"schemas":"urn:ietf:params:scim:api:messages:2.0:Error",
                 "detail":"Operation is not permitted. You do not have permissions to make this request.",
                 "status":"403"}
                """);

        assertThat(ScimError.parse(body))
                .contains(new ScimError(
                        java.util.List.of("urn:ietf:params:scim:api:messages:2.0:Error"),
                        403,
                        "Operation is not permitted. You do not have permissions to make this request.",
                        null));
    }

    @Test
    void a_scim_error_with_schemas_as_an_array_and_status_as_a_number_is_read() {
        JsonNode body = json.readTree("""
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],
                 "scimType":"invalidFilter","detail":"bad filter","status":400}
                """);

        assertThat(ScimError.parse(body)).hasValueSatisfying(error -> {
            assertThat(error.status()).isEqualTo(400);
            assertThat(error.scimType()).isEqualTo("invalidFilter");
            assertThat(error.detail()).isEqualTo("bad filter");
        });
    }

    @Test
    void a_long_scim_error_detail_is_capped() {
        JsonNode body = json.readTree("{\"detail\":\"" + "d".repeat(10_000) + "\"}");

        assertThat(ScimError.parse(body))
                .hasValueSatisfying(error -> assertThat(error.detail()).hasSize(500));
    }

    @Test
    void a_user_resource_is_not_a_scim_error() {
        assertThat(ScimError.parse(json.readTree(asgardeoUser()))).isEmpty();
        assertThat(ScimError.parse(json.readTree("[1,2]"))).isEmpty();
    }
}
