package dev.scimme.localidp;

import static dev.scimme.localidp.ScimHttp.json;
import static dev.scimme.localidp.ScimHttp.patchOp;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ScimMePatchTest {

    private static final String ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static RunningLocalIdp idp;
    private static String token;

    @BeforeAll
    static void startIdp() {
        TestLogging.quiet();
        idp = LocalIdentityProvider.start(LocalIdpSettings.defaults(0, 8080)
                .withUsers(List.of(
                        LocalUser.demo(),
                        new LocalUser("alice", "wonderland", "Alice", "Liddell", "alice@example.com"))));
        token = LocalIdpSignIn.signInDemo(idp).accessToken();
    }

    @AfterAll
    static void stopIdp() {
        idp.close();
    }

    @AfterEach
    void asConfigured() {
        idp.scimBehaviour().reset();
        idp.resetProfiles();
    }

    @Test
    void replace_without_a_path_changes_core_and_extension_attributes_and_answers_the_whole_user() throws Exception {
        HttpResponse<String> response = patch("""
                {"op":"replace","value":{"name":{"givenName":"Ann"},"title":"Lead",
                 "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D"}}}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/scim+json"));
        JsonNode user = json(response);
        assertThat(user.path("name").path("givenName").asString()).isEqualTo("Ann");
        assertThat(user.path("name").path("familyName").asString())
                .as("left alone")
                .isEqualTo("User");
        assertThat(user.path("name").path("formatted").asString()).isEqualTo("Ann User");
        assertThat(user.path("title").asString()).isEqualTo("Lead");
        assertThat(user.path(ENTERPRISE).path("department").asString()).isEqualTo("R&D");
        assertThat(user.path(ENTERPRISE).path("organization").asString())
                .as("left alone")
                .isEqualTo("SCIM Me");
        assertThat(user.path("schemas").values())
                .extracting(JsonNode::asString)
                .contains("urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE);
        assertThat(user.path("emails").get(0).path("value").asString()).isEqualTo("demo@example.com");
        assertThat(json(get()).path("title").asString()).as("kept").isEqualTo("Lead");
    }

    @Test
    void replace_with_a_path_changes_just_that_attribute() throws Exception {
        HttpResponse<String> response = patch("""
                {"op":"replace","path":"name.givenName","value":"Ann"},
                {"op":"replace","path":"title","value":"Lead"},
                {"op":"replace","path":"urn:scim:wso2:schema:country","value":"Norway"}""");

        JsonNode user = json(response);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(user.path("name").path("givenName").asString()).isEqualTo("Ann");
        assertThat(user.path("name").path("familyName").asString()).isEqualTo("User");
        assertThat(user.path("title").asString()).isEqualTo("Lead");
        assertThat(user.path("urn:scim:wso2:schema").path("country").asString()).isEqualTo("Norway");
    }

    @Test
    void operation_names_are_case_insensitive() throws Exception {
        HttpResponse<String> response = patch("""
                {"op":"Replace","path":"title","value":"Lead"}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("title").asString()).isEqualTo("Lead");
    }

    @Test
    void replace_emails_with_a_path_replaces_the_whole_list() throws Exception {
        HttpResponse<String> response = patch("""
                {"op":"replace","path":"emails","value":[{"value":"new@example.com","type":"home","primary":true}]}""");

        assertThat(emails(json(response))).containsExactly("new@example.com");
    }

    @Test
    void an_added_email_is_listed_and_a_removed_one_is_gone() throws Exception {
        HttpResponse<String> added = patch("""
                {"op":"add","path":"emails","value":[{"value":"second@example.com","type":"home"}]},
                {"op":"add","path":"phoneNumbers","value":[{"value":"+47 555 0100","type":"mobile"}]}""");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(emails(json(added))).containsExactly("demo@example.com", "second@example.com");
        assertThat(json(added).path("phoneNumbers").get(0).path("value").asString())
                .isEqualTo("+47 555 0100");

        HttpResponse<String> removed = patch("""
                {"op":"remove","path":"emails[value eq \\"second@example.com\\"]"},
                {"op":"remove","path":"phoneNumbers[value eq \\"+47 555 0100\\"]"}""");

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(emails(json(removed))).containsExactly("demo@example.com");
        assertThat(json(removed).has("phoneNumbers"))
                .as("emptied, so unassigned")
                .isFalse();
    }

    @Test
    void a_new_primary_email_clears_the_primary_flag_of_the_others() throws Exception {
        patch("""
                {"op":"add","path":"emails","value":[{"value":"second@example.com","type":"home"}]}""");

        HttpResponse<String> response = patch("""
                {"op":"replace","path":"emails[value eq \\"second@example.com\\"].primary","value":true}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode emails = json(response).path("emails");
        assertThat(emails.values())
                .filteredOn(email -> email.path("primary").asBoolean())
                .extracting(email -> email.path("value").asString())
                .containsExactly("second@example.com");
    }

    @Test
    void adding_a_primary_email_makes_it_the_only_primary() throws Exception {
        HttpResponse<String> response = patch("""
                {"op":"add","path":"emails","value":[{"value":"second@example.com","type":"home","primary":true}]}""");

        assertThat(json(response).path("emails").values())
                .filteredOn(email -> email.path("primary").asBoolean())
                .extracting(email -> email.path("value").asString())
                .containsExactly("second@example.com");
    }

    @Test
    void the_changed_profile_is_in_the_id_token_and_userinfo_after_a_refresh() throws Exception {
        LocalIdpSignIn.Tokens tokens = LocalIdpSignIn.signInDemo(idp);
        patch("""
                {"op":"replace","value":{"name":{"givenName":"Ann","familyName":"Other"}}},
                {"op":"replace","path":"emails","value":[{"value":"ann@example.com","primary":true}]}""");

        LocalIdpSignIn.Tokens refreshed = LocalIdpSignIn.refresh(idp, tokens.refreshToken());

        assertThat(LocalIdpSignIn.claims(refreshed.idToken()))
                .contains(
                        Map.entry("given_name", "Ann"),
                        Map.entry("family_name", "Other"),
                        Map.entry("name", "Ann Other"),
                        Map.entry("email", "ann@example.com"));
        JsonNode userInfo = json(ScimHttp.get(idp.issuer() + "/userinfo", refreshed.accessToken()));
        assertThat(userInfo.path("given_name").asString()).isEqualTo("Ann");
        assertThat(userInfo.path("email").asString()).isEqualTo("ann@example.com");
    }

    @Test
    void get_and_patch_carry_the_version_as_a_weak_etag_that_every_change_moves_on() throws Exception {
        HttpResponse<String> read = get();
        String version = json(read).path("meta").path("version").asString();

        HttpResponse<String> changed = patch("""
                {"op":"replace","path":"title","value":"Lead"}""");

        assertThat(version).matches("W/\"\\d+\"");
        assertThat(read.headers().firstValue("ETag")).hasValue(version);
        String newVersion = json(changed).path("meta").path("version").asString();
        assertThat(newVersion).isNotEqualTo(version).matches("W/\"\\d+\"");
        assertThat(changed.headers().firstValue("ETag")).hasValue(newVersion);
    }

    @Test
    void a_patch_with_the_current_if_match_is_applied() throws Exception {
        String version = get().headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> response = patch("""
                {"op":"replace","path":"title","value":"Lead"}""", version);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void a_patch_with_a_stale_if_match_is_refused_with_412_and_changes_nothing() throws Exception {
        String stale = get().headers().firstValue("ETag").orElseThrow();
        patch("""
                {"op":"replace","path":"title","value":"Changed elsewhere"}""");

        HttpResponse<String> response = patch("""
                {"op":"replace","path":"title","value":"Mine"}""", stale);

        assertThat(response.statusCode()).isEqualTo(412);
        JsonNode error = ScimErrors.assertScimError(response, "412");
        assertThat(error.path("detail").asString()).contains("changed");
        assertThat(json(get()).path("title").asString()).isEqualTo("Changed elsewhere");
    }

    @Test
    void a_read_only_attribute_is_refused_with_asgardeos_mutability_error() throws Exception {
        idp.scimBehaviour().readOnly("name.familyName");

        HttpResponse<String> response = patch("""
                {"op":"replace","value":{"name":{"givenName":"Ann","familyName":"Other"}}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response)).isEqualTo(ScimHttp.JSON.readTree("""
                        {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"mutability",
                         "detail":"Can not replace a immutable attribute or a read-only attribute","status":"400"}"""));
        assertThat(json(get()).path("name").path("givenName").asString())
                .as("nothing of the request applied")
                .isEqualTo("Demo");
    }

    @Test
    void an_extension_attribute_can_be_made_read_only() throws Exception {
        idp.scimBehaviour().readOnly(ENTERPRISE + ":department");

        HttpResponse<String> refused = patch("""
                {"op":"replace","path":"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department","value":"R&D"}""");
        HttpResponse<String> allowed = patch("""
                {"op":"replace","path":"title","value":"Lead"}""");

        assertThat(ScimErrors.assertScimError(refused, "400").path("scimType").asString())
                .isEqualTo("mutability");
        assertThat(allowed.statusCode()).isEqualTo(200);
    }

    @Test
    void the_id_is_read_only() throws Exception {
        HttpResponse<String> response = patch("""
                {"op":"replace","value":{"id":"someone-else"}}""");

        assertThat(ScimErrors.assertScimError(response, "400").path("scimType").asString())
                .isEqualTo("mutability");
    }

    @Test
    void an_address_another_user_has_is_refused_with_409_uniqueness() throws Exception {
        HttpResponse<String> response = patch("""
                {"op":"add","path":"emails","value":[{"value":"Alice@example.com"}]}""");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(ScimErrors.assertScimError(response, "409").path("scimType").asString())
                .isEqualTo("uniqueness");
    }

    @Test
    void a_body_that_is_not_json_is_invalid_syntax() throws Exception {
        HttpResponse<String> response = ScimHttp.patch(idp.meEndpoint(), token, "{\"schemas\":", null);

        assertThat(ScimErrors.assertScimError(response, "400").path("scimType").asString())
                .isEqualTo("invalidSyntax");
    }

    @Test
    void a_body_that_is_not_a_patch_op_is_invalid_syntax() throws Exception {
        HttpResponse<String> withoutSchema = ScimHttp.patch(
                idp.meEndpoint(), token, "{\"Operations\":[{\"op\":\"remove\",\"path\":\"title\"}]}", null);
        HttpResponse<String> unknownOp = patch("""
                {"op":"move","path":"title","value":"x"}""");

        assertThat(ScimErrors.assertScimError(withoutSchema, "400")
                        .path("scimType")
                        .asString())
                .isEqualTo("invalidSyntax");
        assertThat(ScimErrors.assertScimError(unknownOp, "400").path("scimType").asString())
                .isEqualTo("invalidSyntax");
    }

    @Test
    void a_path_to_no_attribute_is_invalid_path_and_an_unsupported_filter_invalid_filter() throws Exception {
        HttpResponse<String> unknown = patch("""
                {"op":"replace","path":"favouriteColour","value":"blue"}""");
        HttpResponse<String> badFilter = patch("""
                {"op":"remove","path":"emails[value co \\"example\\"]"}""");

        assertThat(ScimErrors.assertScimError(unknown, "400").path("scimType").asString())
                .isEqualTo("invalidPath");
        assertThat(ScimErrors.assertScimError(badFilter, "400").path("scimType").asString())
                .isEqualTo("invalidFilter");
    }

    @Test
    void an_address_without_at_and_an_empty_user_name_are_invalid_values() throws Exception {
        HttpResponse<String> badAddress = patch("""
                {"op":"add","path":"emails","value":[{"value":"not-an-address"}]}""");
        HttpResponse<String> emptyUserName = patch("""
                {"op":"replace","path":"userName","value":""}""");

        assertThat(ScimErrors.assertScimError(badAddress, "400")
                        .path("scimType")
                        .asString())
                .isEqualTo("invalidValue");
        assertThat(ScimErrors.assertScimError(emptyUserName, "400")
                        .path("scimType")
                        .asString())
                .isEqualTo("invalidValue");
        assertThat(emails(json(get()))).containsExactly("demo@example.com");
    }

    @Test
    void patch_needs_the_internal_login_scope_like_get() throws Exception {
        String withoutScope = LocalIdpSignIn.signIn(
                        idp, "demo", "demo", "openid profile", LocalIdpSignIn.LOOPBACK_CALLBACK)
                .accessToken();

        HttpResponse<String> response = ScimHttp.patch(
                idp.meEndpoint(),
                withoutScope,
                patchOp("{\"op\":\"replace\",\"path\":\"title\",\"value\":\"x\"}"),
                null);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer error=\"insufficient_scope\", scope=\"internal_login\"");
        ScimErrors.assertScimError(response, "403");
    }

    @Test
    void with_pending_email_an_added_address_is_accepted_but_not_shown() throws Exception {
        idp.scimBehaviour().pendingEmail(true);

        HttpResponse<String> response = patch("""
                {"op":"add","path":"emails","value":[{"value":"second@example.com"}]},
                {"op":"replace","path":"title","value":"Lead"}""");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(emails(json(response))).containsExactly("demo@example.com");
        assertThat(json(response).path("title").asString())
                .as("the rest applies")
                .isEqualTo("Lead");
        assertThat(idp.pendingEmailsOf("demo")).containsExactly("second@example.com");
    }

    @Test
    void with_patch_unsupported_patch_answers_501() throws Exception {
        idp.scimBehaviour().patchSupported(false);

        HttpResponse<String> response = patch("""
                {"op":"replace","path":"title","value":"Lead"}""");

        assertThat(response.statusCode()).isEqualTo(501);
        ScimErrors.assertScimError(response, "501");
    }

    @Test
    void a_forced_status_applies_to_patch_too() throws Exception {
        idp.scimBehaviour().forcedStatus(503);

        HttpResponse<String> response = patch("""
                {"op":"replace","path":"title","value":"Lead"}""");

        assertThat(response.statusCode()).isEqualTo(503);
        idp.scimBehaviour().forcedStatus(0);
        assertThat(json(get()).path("title").asString()).as("not applied").isEqualTo("Developer");
    }

    @Test
    void a_held_patch_is_answered_only_once_released() throws Exception {
        ScimBehaviour.Hold hold = idp.scimBehaviour().holdAnswers();

        CompletableFuture<HttpResponse<String>> response = CompletableFuture.supplyAsync(() -> {
            try {
                return patch("""
                        {"op":"replace","path":"title","value":"Lead"}""");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(hold.awaitRequest(Duration.ofSeconds(30)))
                .as("the request arrived")
                .isTrue();
        assertThat(response).as("answered while held").isNotDone();
        hold.release();
        assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> get() throws IOException, InterruptedException {
        return ScimHttp.get(idp.meEndpoint(), token);
    }

    private static HttpResponse<String> patch(String operations) throws IOException, InterruptedException {
        return patch(operations, null);
    }

    private static HttpResponse<String> patch(String operations, @Nullable String ifMatch)
            throws IOException, InterruptedException {
        return ScimHttp.patch(idp.meEndpoint(), token, patchOp(operations), ifMatch);
    }

    private static List<String> emails(JsonNode user) {
        return user.path("emails").values().stream()
                .map(email -> email.path("value").asString())
                .toList();
    }
}
