package dev.scimme.profile.edit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.scimme.profile.edit.ScimServerStubs.ENTERPRISE;
import static dev.scimme.profile.edit.ScimServerStubs.ME;
import static dev.scimme.profile.edit.ScimServerStubs.SCHEMAS;
import static dev.scimme.profile.edit.ScimServerStubs.SERVICE_PROVIDER_CONFIG;
import static dev.scimme.profile.edit.ScimServerStubs.WSO2;
import static dev.scimme.profile.edit.ScimServerStubs.asgardeoSchemas;
import static dev.scimme.profile.edit.ScimServerStubs.kim;
import static dev.scimme.profile.edit.ScimServerStubs.kimsEmails;
import static dev.scimme.profile.edit.ScimServerStubs.schemasAsArray;
import static dev.scimme.profile.edit.ScimServerStubs.scimJson;
import static dev.scimme.profile.edit.ScimServerStubs.serviceProviderConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.scimme.profile.FakeSessionTokens;
import dev.scimme.profile.ProfileFailure;
import dev.scimme.profile.ProfileFailure.Kind;
import dev.scimme.profile.ProfileResult;
import dev.scimme.profile.ScimEditClient;
import dev.scimme.profile.ScimEmail;
import dev.scimme.profile.ScimMeClient;
import dev.scimme.profile.ScimProfile;
import dev.scimme.profile.edit.ProfileDraft.EmailEntry;
import dev.scimme.profile.edit.ProfileDraft.PhoneEntry;
import dev.scimme.settings.ScimMeProperties;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class ProfileEditingServiceTest {

    private static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

    @RegisterExtension
    static WireMockExtension scim = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<ScimMeClient> clients = new ArrayList<>();
    private final MapSessionAttributes session = new MapSessionAttributes();
    private final FakeSessionTokens tokens = FakeSessionTokens.withToken("token-1");

    @AfterEach
    void closeClients() {
        clients.forEach(ScimMeClient::close);
    }

    private ProfileEditingService service() {
        return service(new ScimMeProperties(null, null, null));
    }

    private ProfileEditingService service(ScimMeProperties properties) {
        ScimMeClient client = new ScimMeClient(URI.create(scim.baseUrl() + ME), properties, meters);
        clients.add(client);
        return new ProfileEditingService(
                () -> Optional.of(tokens), () -> Optional.of(session), new ScimEditClient(client));
    }

    /** A server like Asgardeo: PATCH supported, ETags as given, its /Schemas readable. */
    private static void asgardeo(boolean etag) {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(scimJson(200, serviceProviderConfig(true, etag))));
        scim.stubFor(get(SCHEMAS).willReturn(scimJson(200, asgardeoSchemas())));
    }

    private static void patchAnswers(ResponseDefinitionBuilder answer) {
        scim.stubFor(patch(urlEqualTo(ME)).willReturn(answer));
    }

    /** Kim's profile as /Me returns it, read through the same client. */
    private ScimProfile kimAsRead() {
        scim.stubFor(get(ME).willReturn(scimJson(200, kim(kimsEmails()))));
        ScimMeClient client = new ScimMeClient(
                URI.create(scim.baseUrl() + ME), new ScimMeProperties(null, null, null), new SimpleMeterRegistry());
        clients.add(client);
        ProfileResult result = new ScimEditClient(client).readMe(FakeSessionTokens.withToken("setup"));
        assertThat(result).isInstanceOf(ProfileResult.Loaded.class);
        return ((ProfileResult.Loaded) result).profile();
    }

    private static ProfileDraft withAttributes(ProfileDraft draft, Map<String, String> changes) {
        Map<String, String> attributes = new HashMap<>(draft.attributes());
        attributes.putAll(changes);
        return new ProfileDraft(attributes, draft.emails(), draft.phoneNumbers());
    }

    private static ProfileDraft withEmails(ProfileDraft draft, UnaryOperator<List<EmailEntry>> change) {
        return new ProfileDraft(
                draft.attributes(), change.apply(new ArrayList<>(draft.emails())), draft.phoneNumbers());
    }

    private static void patchBodyWas(String json) {
        scim.verify(exactly(1), patchRequestedFor(urlEqualTo(ME)));
        scim.verify(patchRequestedFor(urlEqualTo(ME))
                .withHeader("Content-Type", equalTo("application/scim+json"))
                .withRequestBody(equalToJson(json)));
    }

    private static String patchOf(String operations) {
        return "{\"schemas\":[\"" + PATCH_OP + "\"],\"Operations\":" + operations + "}";
    }

    private SaveResult saveChanging(Map<String, String> changes) {
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service();
        return service.save(kim, withAttributes(service.draftOf(kim), changes));
    }

    private SaveResult.Rejected rejected(SaveResult result) {
        assertThat(result).isInstanceOf(SaveResult.Rejected.class);
        return (SaveResult.Rejected) result;
    }

    private ProfileFailure failure(SaveResult result) {
        assertThat(result).isInstanceOf(SaveResult.Failed.class);
        return ((SaveResult.Failed) result).failure();
    }

    // ---- capabilities

    @Test
    void capabilities_list_the_simple_string_attributes_of_every_user_schema_with_their_mutability() {
        asgardeo(true);

        EditCapabilities capabilities = service().capabilities();

        assertThat(capabilities.patchSupported()).isTrue();
        assertThat(capabilities.notEditableReason()).isNull();
        assertThat(capabilities.schemasRead()).isTrue();
        assertThat(capabilities.attributes())
                .containsExactly(
                        new AttributeDefinition("id", "id", Mutability.READ_ONLY, false),
                        new AttributeDefinition("userName", "userName", Mutability.IMMUTABLE, true),
                        new AttributeDefinition("name.givenName", "name.givenName", Mutability.READ_WRITE, false),
                        new AttributeDefinition("name.familyName", "name.familyName", Mutability.READ_WRITE, true),
                        new AttributeDefinition("title", "title", Mutability.READ_WRITE, false),
                        new AttributeDefinition(ENTERPRISE + ":department", "department", Mutability.READ_WRITE, false),
                        new AttributeDefinition(
                                ENTERPRISE + ":manager.value", "manager.value", Mutability.READ_WRITE, false),
                        new AttributeDefinition(
                                ENTERPRISE + ":manager.displayName",
                                "manager.displayName",
                                Mutability.READ_ONLY,
                                false),
                        new AttributeDefinition(WSO2 + ":country", "country", Mutability.READ_WRITE, false));
        assertThat(capabilities.emailsEditable()).isTrue();
        assertThat(capabilities.phoneNumbersEditable()).isFalse();
    }

    @Test
    void schemas_sent_as_a_bare_array_are_read_like_a_list_response() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(scimJson(200, serviceProviderConfig(true, true))));
        scim.stubFor(get(SCHEMAS).willReturn(scimJson(200, schemasAsArray())));

        EditCapabilities capabilities = service().capabilities();

        assertThat(capabilities.schemasRead()).isTrue();
        assertThat(capabilities.attributes()).hasSize(9);
    }

    @Test
    void when_schemas_are_refused_names_emails_and_phone_numbers_are_offered() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(scimJson(200, serviceProviderConfig(true, true))));
        scim.stubFor(
                get(SCHEMAS)
                        .willReturn(
                                scimJson(
                                        403,
                                        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"detail\":\"Operation is not permitted\",\"status\":\"403\"}")));

        EditCapabilities capabilities = service().capabilities();

        assertThat(capabilities.patchSupported()).isTrue();
        assertThat(capabilities.schemasRead()).isFalse();
        assertThat(capabilities.attributes())
                .extracting(AttributeDefinition::path, AttributeDefinition::mutability)
                .containsExactly(
                        tuple("name.givenName", Mutability.READ_WRITE),
                        tuple("name.familyName", Mutability.READ_WRITE));
        assertThat(capabilities.emailsEditable()).isTrue();
        assertThat(capabilities.phoneNumbersEditable()).isTrue();
    }

    @Test
    void schemas_that_are_not_json_count_as_unreadable() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(aResponse().withStatus(404)));
        scim.stubFor(get(SCHEMAS)
                .willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<html>hi</html>")));

        EditCapabilities capabilities = service().capabilities();

        assertThat(capabilities.patchSupported()).isTrue();
        assertThat(capabilities.schemasRead()).isFalse();
        assertThat(capabilities.attributes()).hasSize(2);
    }

    @Test
    void a_server_without_patch_is_not_editable_and_says_why_in_words() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(scimJson(200, serviceProviderConfig(false, false))));

        EditCapabilities capabilities = service().capabilities();

        assertThat(capabilities.patchSupported()).isFalse();
        assertThat(capabilities.notEditableReason())
                .isEqualTo("Your identity provider does not allow changes to profiles through this app:"
                        + " its SCIM service does not support updates (PATCH).");
        assertThat(capabilities.emailsEditable()).isFalse();
        scim.verify(0, getRequestedFor(urlEqualTo(SCHEMAS)));
    }

    @Test
    void capabilities_are_read_once_per_session() {
        asgardeo(true);
        ProfileEditingService service = service();

        EditCapabilities first = service.capabilities();
        EditCapabilities second = service.capabilities();

        assertThat(second).isEqualTo(first);
        scim.verify(exactly(1), getRequestedFor(urlEqualTo(SERVICE_PROVIDER_CONFIG)));
        scim.verify(exactly(1), getRequestedFor(urlEqualTo(SCHEMAS)));
    }

    @Test
    void capabilities_are_read_again_after_a_timeout_rather_than_kept_for_the_session() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(scimJson(200, serviceProviderConfig(true, true))));
        scim.stubFor(get(SCHEMAS).willReturn(scimJson(200, asgardeoSchemas()).withFixedDelay(1_000)));
        ProfileEditingService service = service(new ScimMeProperties(null, Duration.ofMillis(300), null));

        assertThat(service.capabilities().schemasRead()).isFalse();
        service.capabilities();

        scim.verify(exactly(2), getRequestedFor(urlEqualTo(SCHEMAS)));
    }

    @Test
    void capabilities_are_read_with_the_sessions_token_and_a_rejected_one_is_refreshed_once() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG)
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401)));
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG)
                .withHeader("Authorization", equalTo("Bearer token-1-refreshed"))
                .willReturn(scimJson(200, serviceProviderConfig(false, false))));

        assertThat(service().capabilities().patchSupported()).isFalse();
        assertThat(tokens.rejectedTokens()).hasSize(1);
    }

    @Test
    void without_a_signed_in_session_nothing_is_editable_and_nothing_is_asked() {
        ScimMeClient client =
                new ScimMeClient(URI.create(scim.baseUrl() + ME), new ScimMeProperties(null, null, null), meters);
        clients.add(client);
        ProfileEditingService service =
                new ProfileEditingService(Optional::empty, () -> Optional.of(session), new ScimEditClient(client));

        assertThat(service.capabilities().notEditableReason()).contains("Sign in again");
        assertThat(scim.getAllServeEvents()).isEmpty();
    }

    // ---- the draft

    @Test
    void the_draft_starts_from_the_profiles_values_for_every_listed_attribute() {
        asgardeo(true);
        ScimProfile kim = kimAsRead();

        ProfileDraft draft = service().draftOf(kim);

        assertThat(draft.attributes())
                .containsEntry("name.givenName", "Kim")
                .containsEntry("title", "Engineer")
                .containsEntry(ENTERPRISE + ":department", "R&D")
                .containsEntry(WSO2 + ":country", "Sri Lanka")
                .containsEntry(ENTERPRISE + ":manager.value", "")
                .hasSize(9);
        assertThat(draft.emails())
                .containsExactly(
                        new EmailEntry("kim@work.example", "work", true),
                        new EmailEntry("kim@home.example", "home", false));
        assertThat(draft.phoneNumbers()).containsExactly(new PhoneEntry("+94 77 123 4567", "mobile"));
    }

    // ---- the patch on the wire

    @Test
    void nothing_changed_sends_no_request() {
        asgardeo(true);
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service();

        SaveResult result = service.save(kim, service.draftOf(kim));

        assertThat(result).isInstanceOf(SaveResult.Unchanged.class);
        scim.verify(0, patchRequestedFor(urlEqualTo(ME)));
    }

    @Test
    void only_changed_attributes_are_sent_in_one_replace_nested_and_under_their_extension_urn() {
        asgardeo(true);
        patchAnswers(scimJson(200, kim(kimsEmails())));

        saveChanging(Map.of(
                "name.givenName",
                "Ann",
                "title",
                "Engineer",
                ENTERPRISE + ":department",
                "Research",
                WSO2 + ":country",
                "Norway"));

        patchBodyWas(patchOf("""
                [{"op":"replace","value":{"name":{"givenName":"Ann"},
                  "%s":{"department":"Research"},"%s":{"country":"Norway"}}}]
                """.formatted(ENTERPRISE, WSO2)));
    }

    @Test
    void read_only_attributes_are_never_sent_even_when_the_draft_changes_them() {
        asgardeo(true);

        SaveResult result = saveChanging(Map.of("userName", "mallory", "id", "other", "password", "x"));

        assertThat(result).isInstanceOf(SaveResult.Unchanged.class);
        scim.verify(0, patchRequestedFor(urlEqualTo(ME)));
    }

    @Test
    void a_cleared_attribute_is_removed_by_its_path() {
        asgardeo(true);
        patchAnswers(scimJson(200, kim(kimsEmails())));

        saveChanging(Map.of("title", " ", ENTERPRISE + ":department", ""));

        patchBodyWas(patchOf("""
                [{"op":"remove","path":"title"},{"op":"remove","path":"%s:department"}]
                """.formatted(ENTERPRISE)));
    }

    @Test
    void a_new_email_is_added_and_a_removed_one_is_removed_by_a_value_filter() {
        asgardeo(true);
        patchAnswers(scimJson(200, kim(kimsEmails())));
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service();

        service.save(kim, withEmails(service.draftOf(kim), emails -> {
            emails.removeIf(email -> email.value().equals("kim@home.example"));
            emails.add(new EmailEntry("kim@new.example", "other", false));
            return emails;
        }));

        patchBodyWas(patchOf("""
                [{"op":"add","value":{"emails":[{"value":"kim@new.example","type":"other","primary":false}]}},
                 {"op":"remove","path":"emails[value eq \\"kim@home.example\\"]"}]
                """));
    }

    @Test
    void switching_the_primary_email_replaces_the_emails() {
        asgardeo(true);
        patchAnswers(scimJson(200, kim(kimsEmails())));
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service();

        service.save(
                kim,
                withEmails(
                        service.draftOf(kim),
                        emails -> List.of(
                                new EmailEntry("kim@work.example", "work", false),
                                new EmailEntry("kim@home.example", "home", true))));

        patchBodyWas(patchOf("""
                [{"op":"replace","value":{"emails":[
                   {"value":"kim@work.example","type":"work","primary":false},
                   {"value":"kim@home.example","type":"home","primary":true}]}}]
                """));
    }

    @Test
    void a_quote_and_a_backslash_in_a_removed_email_are_escaped_in_the_filter() {
        asgardeo(true);
        scim.stubFor(get(ME).willReturn(scimJson(
                200,
                kim("[{\"value\":\"kim@work.example\",\"primary\":true},"
                        + "{\"value\":\"\\\"odd\\\\\\\" or 1 eq 1\\\"@x.example\"}]"))));
        ScimMeClient client =
                new ScimMeClient(URI.create(scim.baseUrl() + ME), new ScimMeProperties(null, null, null), meters);
        clients.add(client);
        ScimProfile odd = ((ProfileResult.Loaded) new ScimEditClient(client).readMe(tokens)).profile();
        assertThat(odd.emails()).extracting(ScimEmail::value).contains("\"odd\\\" or 1 eq 1\"@x.example");
        patchAnswers(scimJson(200, kim(kimsEmails())));
        ProfileEditingService service = service();

        service.save(odd, withEmails(service.draftOf(odd), emails -> List.of(emails.getFirst())));

        patchBodyWas(patchOf("""
                [{"op":"remove","path":"emails[value eq \\"\\\\\\"odd\\\\\\\\\\\\\\" or 1 eq 1\\\\\\"@x.example\\"]"}]
                """));
    }

    @Test
    void the_version_read_is_sent_as_if_match_when_the_server_supports_etags() {
        asgardeo(true);
        patchAnswers(scimJson(200, kim(kimsEmails())));

        saveChanging(Map.of("title", "Lead"));

        scim.verify(patchRequestedFor(urlEqualTo(ME)).withHeader("If-Match", equalTo("W/\"1\"")));
    }

    @Test
    void no_if_match_is_sent_when_the_server_says_it_has_no_etags() {
        asgardeo(false);
        patchAnswers(scimJson(200, kim(kimsEmails())));

        saveChanging(Map.of("title", "Lead"));

        scim.verify(patchRequestedFor(urlEqualTo(ME)).withoutHeader("If-Match"));
    }

    @Test
    void if_match_is_sent_when_the_service_provider_config_is_unreadable_but_a_version_was_read() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(aResponse().withStatus(403)));
        scim.stubFor(get(SCHEMAS).willReturn(scimJson(200, asgardeoSchemas())));
        patchAnswers(scimJson(200, kim(kimsEmails())));

        saveChanging(Map.of("title", "Lead"));

        scim.verify(patchRequestedFor(urlEqualTo(ME)).withHeader("If-Match", equalTo("W/\"1\"")));
    }

    // ---- what the answer means

    @Test
    void a_200_is_saved_with_the_returned_profile() {
        asgardeo(true);
        patchAnswers(scimJson(200, kim(kimsEmails()).replace("Engineer", "Lead")));

        SaveResult result = saveChanging(Map.of("title", "Lead"));

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        SaveResult.Saved saved = (SaveResult.Saved) result;
        assertThat(saved.profile().attributeValue("title")).contains("Lead");
        assertThat(saved.pendingConfirmation()).isEmpty();
    }

    @Test
    void an_added_email_the_returned_profile_does_not_show_is_pending_confirmation() {
        asgardeo(true);
        patchAnswers(scimJson(200, kim(kimsEmails())));
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service();

        SaveResult result = service.save(kim, withEmails(service.draftOf(kim), emails -> {
            emails.add(new EmailEntry("kim@new.example", null, false));
            return emails;
        }));

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(((SaveResult.Saved) result).pendingConfirmation()).containsExactly("kim@new.example");
    }

    @Test
    void a_200_whose_body_is_not_a_user_reads_the_profile_again() {
        asgardeo(true);
        patchAnswers(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<p>OK</p>"));

        SaveResult result = saveChanging(Map.of("title", "Lead"));

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        scim.verify(exactly(2), getRequestedFor(urlEqualTo(ME)));
    }

    @Test
    void a_204_reads_the_profile_again() {
        asgardeo(true);
        patchAnswers(aResponse().withStatus(204));

        SaveResult result = saveChanging(Map.of("title", "Lead"));

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        scim.verify(exactly(2), getRequestedFor(urlEqualTo(ME))); // once to set up, once after the 204
    }

    @Test
    void a_412_reads_the_profile_again_and_reports_a_conflict_with_it() {
        asgardeo(true);
        ScimProfile kim = kimAsRead();
        scim.stubFor(get(ME).willReturn(scimJson(200, kim(kimsEmails()).replace("Engineer", "Manager"))));
        patchAnswers(
                scimJson(
                        412,
                        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"412\",\"detail\":\"Version mismatch\"}"));
        ProfileEditingService service = service();

        SaveResult result = service.save(kim, withAttributes(service.draftOf(kim), Map.of("title", "Lead")));

        assertThat(result).isInstanceOf(SaveResult.Conflict.class);
        assertThat(((SaveResult.Conflict) result).current().attributeValue("title"))
                .contains("Manager");
    }

    @Test
    void asgardeos_mutability_error_with_a_string_status_is_rejected_with_its_detail() {
        asgardeo(true);
        patchAnswers(scimJson(400, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"mutability","detail":"Can not replace a immutable attribute or a read-only attribute","status":"400"}
                """));

        SaveResult.Rejected rejected = rejected(saveChanging(Map.of("title", "Lead")));

        assertThat(rejected.scimType()).isEqualTo("mutability");
        assertThat(rejected.detail()).isEqualTo("Can not replace a immutable attribute or a read-only attribute");
        assertThat(rejected.attributePath()).isNull();
    }

    @Test
    void an_invalid_value_naming_a_changed_attribute_is_rejected_with_its_path() {
        asgardeo(true);
        patchAnswers(scimJson(400, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"invalidValue","detail":"Value of givenName is too long","status":400}
                """));

        SaveResult.Rejected rejected = rejected(saveChanging(Map.of("name.givenName", "A".repeat(300), "title", "X")));

        assertThat(rejected.scimType()).isEqualTo("invalidValue");
        assertThat(rejected.attributePath()).isEqualTo("name.givenName");
    }

    @Test
    void a_uniqueness_conflict_on_an_email_is_rejected_and_names_the_emails(CapturedOutput output) {
        asgardeo(true);
        patchAnswers(scimJson(409, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"uniqueness","detail":"The email kim@new.example is already in use","status":"409"}
                """));
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service();

        SaveResult.Rejected rejected = rejected(service.save(kim, withEmails(service.draftOf(kim), emails -> {
            emails.add(new EmailEntry("kim@new.example", null, false));
            return emails;
        })));

        assertThat(rejected.scimType()).isEqualTo("uniqueness");
        assertThat(rejected.detail()).isEqualTo("The email kim@new.example is already in use");
        assertThat(rejected.attributePath()).isEqualTo("emails");
        assertThat(output.getAll().lines().filter(line -> line.contains("SCIM PATCH /Me failed")))
                .singleElement()
                .asString()
                .contains("kind=REJECTED", "status=409", "scimType uniqueness")
                .doesNotContain("kim@new.example");
        assertThat(meters.get("scim.me.calls")
                        .tag("operation", "patch")
                        .tag("outcome", "rejected")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void invalid_syntax_is_rejected_with_the_servers_detail() {
        asgardeo(true);
        patchAnswers(scimJson(400, """
                {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"invalidSyntax","detail":"Request is unparsable, syntactically incorrect, or violates schema.","status":"400"}
                """));

        SaveResult.Rejected rejected = rejected(saveChanging(Map.of(ENTERPRISE + ":department", "Ops")));

        assertThat(rejected.scimType()).isEqualTo("invalidSyntax");
        assertThat(rejected.detail()).startsWith("Request is unparsable");
        assertThat(rejected.attributePath()).isNull();
    }

    @Test
    void a_rejected_token_is_refreshed_once_and_the_patch_sent_once_more() {
        asgardeo(true);
        scim.stubFor(patch(urlEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer token-1"))
                .willReturn(aResponse().withStatus(401)));
        scim.stubFor(patch(urlEqualTo(ME))
                .withHeader("Authorization", equalTo("Bearer token-1-refreshed"))
                .willReturn(scimJson(200, kim(kimsEmails()))));

        SaveResult result = saveChanging(Map.of("title", "Lead"));

        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        assertThat(tokens.rejectedTokens()).hasSize(1);
        scim.verify(exactly(2), patchRequestedFor(urlEqualTo(ME)));
    }

    @Test
    void a_401_after_the_refresh_fails_as_token_rejected_without_a_third_attempt() {
        asgardeo(true);
        patchAnswers(aResponse().withStatus(401));

        ProfileFailure failure = failure(saveChanging(Map.of("title", "Lead")));

        assertThat(failure.kind()).isEqualTo(Kind.TOKEN_REJECTED);
        scim.verify(exactly(2), patchRequestedFor(urlEqualTo(ME)));
    }

    @Test
    void insufficient_scope_fails_as_a_missing_scope_naming_the_scopes() {
        asgardeo(true);
        patchAnswers(aResponse()
                .withStatus(403)
                .withHeader(
                        "WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"internal_user_mgt_update\""));

        ProfileFailure failure = failure(saveChanging(Map.of("title", "Lead")));

        assertThat(failure.kind()).isEqualTo(Kind.SCOPE_MISSING);
        assertThat(failure.missingScopes()).containsExactly("internal_user_mgt_update");
    }

    @Test
    void a_server_error_fails_logs_one_warning_without_values_and_is_counted(CapturedOutput output) {
        asgardeo(true);
        patchAnswers(aResponse().withStatus(500));

        ProfileFailure failure = failure(saveChanging(Map.of("title", "Secret-Title-Value")));

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(output.getAll().lines().filter(line -> line.contains("SCIM PATCH /Me failed")))
                .singleElement()
                .asString()
                .contains("kind=SERVER_ERROR", "status=500", "latencyMs=");
        assertThat(output.getAll()).doesNotContain("Secret-Title-Value", "token-1");
        assertThat(meters.get("scim.me.calls")
                        .tag("operation", "patch")
                        .tag("outcome", "server_error")
                        .timer()
                        .count())
                .isEqualTo(1);
    }

    @Test
    void a_patch_without_an_answer_in_time_fails_as_a_timeout() {
        scim.stubFor(get(SERVICE_PROVIDER_CONFIG).willReturn(scimJson(200, serviceProviderConfig(true, true))));
        scim.stubFor(get(SCHEMAS).willReturn(scimJson(200, asgardeoSchemas())));
        patchAnswers(scimJson(200, kim(kimsEmails())).withFixedDelay(1_000));
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service(new ScimMeProperties(null, Duration.ofMillis(300), null));

        SaveResult result = service.save(kim, withAttributes(service.draftOf(kim), Map.of("title", "Lead")));

        assertThat(failure(result).kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void an_unreachable_server_fails_as_unreachable() {
        asgardeo(true);
        ScimProfile kim = kimAsRead();
        ProfileEditingService service = service();
        ProfileDraft draft = withAttributes(service.draftOf(kim), Map.of("title", "Lead"));
        patchAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThat(failure(service.save(kim, draft)).kind()).isEqualTo(Kind.UNREACHABLE);
    }
}
