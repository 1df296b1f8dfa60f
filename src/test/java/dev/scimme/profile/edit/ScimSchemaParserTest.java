package dev.scimme.profile.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ScimSchemaParserTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final ScimSchemaParser parser = new ScimSchemaParser();

    private static String coreUser(String attributes) {
        return "{\"Resources\":[{\"id\":\"" + ScimSchemaParser.CORE_USER + "\",\"attributes\":[" + attributes + "]}]}";
    }

    @Test
    void an_answer_without_the_core_user_schema_is_no_answer() {
        assertThat(parser.parse(json.readTree("{\"Resources\":[{\"id\":\"urn:scim:wso2:schema\",\"attributes\":[]}]}")))
                .isEmpty();
        assertThat(parser.parse(json.readTree("\"Schemas\""))).isEmpty();
    }

    @Test
    void a_read_only_parent_makes_its_sub_attributes_read_only() {
        var attributes = parser.parse(json.readTree(coreUser("""
                {"name":"name","type":"complex","mutability":"readOnly","subAttributes":[
                  {"name":"givenName","type":"string","mutability":"readWrite"}]}
                """)));

        assertThat(attributes)
                .get()
                .satisfies(read -> assertThat(read.attributes())
                        .containsExactly(new AttributeDefinition(
                                "name.givenName", "name.givenName", Mutability.READ_ONLY, false)));
    }

    @Test
    void attribute_names_that_are_not_scim_names_and_unknown_mutabilities_are_left_out() {
        var attributes = parser.parse(json.readTree(coreUser("""
                {"name":"title\\"}","type":"string","mutability":"readWrite"},
                {"name":"nickName","type":"string","mutability":"whenever"},
                {"name":"locale","type":"string"}
                """)));

        assertThat(attributes)
                .get()
                .satisfies(read -> assertThat(read.attributes()).isEmpty());
    }

    @Test
    void a_schema_of_ten_thousand_attributes_is_read_only_in_part() {
        String many = IntStream.range(0, 10_000)
                .mapToObj(i -> "{\"name\":\"a" + i + "\",\"type\":\"string\",\"mutability\":\"readWrite\"}")
                .collect(Collectors.joining(","));

        var attributes = parser.parse(json.readTree(coreUser(many)));

        assertThat(attributes)
                .get()
                .satisfies(read -> assertThat(read.attributes()).hasSize(200));
    }
}
