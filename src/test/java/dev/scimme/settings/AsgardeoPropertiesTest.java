package dev.scimme.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class AsgardeoPropertiesTest {

    private static final String ISSUER = "https://api.asgardeo.io/t/acme/oauth2/token";

    @Test
    void asgardeo_settings_as_the_guide_names_them_are_bound() {
        AsgardeoProperties settings = bind(Map.of(
                "AUTH_ASGARDEO_ISSUER",
                ISSUER,
                "AUTH_ASGARDEO_ID",
                "abc",
                "AUTH_ASGARDEO_SECRET",
                "s3cret",
                "AUTH_ASGARDEO_ME_ENDPOINT",
                "https://api.asgardeo.io/t/acme/scim2/Me"));

        assertThat(settings.issuer()).isEqualTo(ISSUER);
        assertThat(settings.id()).isEqualTo("abc");
        assertThat(settings.isPublicClient()).isFalse();
        assertThat(settings.meEndpoint()).isEqualTo("https://api.asgardeo.io/t/acme/scim2/Me");
    }

    @Test
    void scopes_default_to_what_scim_me_needs() {
        AsgardeoProperties settings = new AsgardeoProperties(ISSUER, "abc", null, null, null, false, null);

        assertThat(settings.scopeList()).containsExactly("openid", "profile", "email", "internal_login");
    }

    @Test
    void no_secret_means_a_public_client() {
        assertThat(new AsgardeoProperties(ISSUER, "abc", " ", null, null, false, null).isPublicClient())
                .isTrue();
    }

    @Test
    void me_endpoint_is_derived_from_an_asgardeo_issuer() {
        assertThat(new AsgardeoProperties(ISSUER, "abc", null, null, null, false, null).meEndpoint())
                .isEqualTo("https://api.asgardeo.io/t/acme/scim2/Me");
    }

    @Test
    void scopes_separated_by_commas_or_several_spaces_are_normalised() {
        assertThat(new AsgardeoProperties(ISSUER, "abc", null, "openid,  profile internal_login", null, false, null)
                        .scopes())
                .isEqualTo("openid profile internal_login");
    }

    @Test
    void missing_issuer_names_AUTH_ASGARDEO_ISSUER() {
        assertThat(failure(null, "abc", null, null)).startsWith("The setting AUTH_ASGARDEO_ISSUER is not set.");
    }

    @Test
    void malformed_issuer_names_AUTH_ASGARDEO_ISSUER() {
        assertThat(failure("not a url", "abc", null, null))
                .startsWith("The setting AUTH_ASGARDEO_ISSUER is not a valid URL: 'not a url'.");
        assertThat(failure("ftp://idp.example/", "abc", null, null))
                .startsWith("The setting AUTH_ASGARDEO_ISSUER is not a valid http(s) URL");
    }

    @Test
    void missing_client_id_names_AUTH_ASGARDEO_ID() {
        assertThat(failure(ISSUER, "", null, null)).startsWith("The setting AUTH_ASGARDEO_ID is not set.");
    }

    @Test
    void unknown_scope_separator_names_AUTH_ASGARDEO_SCOPES() {
        assertThat(failure(ISSUER, "abc", "openid;profile", null))
                .startsWith("The setting AUTH_ASGARDEO_SCOPES cannot be read: 'openid;profile' is not a scope name.");
    }

    @Test
    void scopes_without_openid_are_refused() {
        assertThat(failure(ISSUER, "abc", "profile email", null))
                .startsWith("The setting AUTH_ASGARDEO_SCOPES does not contain openid.");
    }

    @Test
    void malformed_me_endpoint_names_AUTH_ASGARDEO_ME_ENDPOINT() {
        assertThat(failure(ISSUER, "abc", null, "https://"))
                .startsWith("The setting AUTH_ASGARDEO_ME_ENDPOINT is not a valid URL");
    }

    @Test
    void me_endpoint_that_cannot_be_derived_is_asked_for() {
        assertThat(failure("https://idp.example.com", "abc", null, null))
                .startsWith("The setting AUTH_ASGARDEO_ME_ENDPOINT is not set and cannot be derived from the issuer.");
    }

    @Test
    void the_account_page_is_derived_from_an_asgardeo_issuer() {
        assertThat(new AsgardeoProperties(ISSUER, "abc", null, null, null, false, null).accountUrl())
                .isEqualTo("https://myaccount.asgardeo.io/t/acme");
    }

    @Test
    void the_account_page_is_derived_from_an_asgardeo_issuer_without_a_path_after_the_organisation() {
        assertThat(accountUrl("https://api.asgardeo.io/t/acme", null))
                .isEqualTo("https://myaccount.asgardeo.io/t/acme");
    }

    @Test
    void no_account_page_for_another_issuer_unless_set() {
        assertThat(accountUrl("https://idp.example/oauth2/token", null)).isNull();
        assertThat(accountUrl("https://idp.example/oauth2/token", " ")).isNull();
        assertThat(accountUrl("https://idp.example/oauth2/token", "https://idp.example/account"))
                .isEqualTo("https://idp.example/account");
    }

    @Test
    void no_account_page_for_look_alike_asgardeo_issuers() {
        assertThat(accountUrl("https://api.asgardeo.io.evil.example/t/acme/oauth2/token", null))
                .isNull();
        assertThat(accountUrl("http://api.asgardeo.io/t/acme/oauth2/token", null))
                .isNull();
        assertThat(accountUrl("https://api.asgardeo.io/oauth2/token", null)).isNull();
    }

    @Test
    void a_set_account_page_wins_over_the_derived_one() {
        assertThat(accountUrl(ISSUER, "https://account.acme.example/")).isEqualTo("https://account.acme.example/");
    }

    @Test
    void the_account_page_setting_is_bound_and_must_be_an_http_url() {
        assertThat(bind(Map.of(
                                "AUTH_ASGARDEO_ISSUER",
                                "https://idp.example/oauth2/token",
                                "AUTH_ASGARDEO_ID",
                                "abc",
                                "AUTH_ASGARDEO_ACCOUNT_URL",
                                "https://idp.example/me"))
                        .accountUrl())
                .isEqualTo("https://idp.example/me");
        assertThatThrownBy(() -> accountUrl(ISSUER, "javascript:alert(1)"))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("AUTH_ASGARDEO_ACCOUNT_URL");
    }

    private static @Nullable String accountUrl(String issuer, @Nullable String setting) {
        return new AsgardeoProperties(issuer, "abc", null, null, "https://idp.example/scim2/Me", false, setting)
                .accountUrl();
    }

    @Test
    void the_secret_never_appears_in_the_settings_text() {
        assertThat(new AsgardeoProperties(ISSUER, "abc", "s3cret", null, null, false, null).toString())
                .doesNotContain("s3cret");
    }

    @Test
    void a_binding_failure_is_explained_in_one_paragraph_naming_the_variable() {
        Throwable failure = catchBindFailure(Map.of("AUTH_ASGARDEO_ISSUER", "::bad::", "AUTH_ASGARDEO_ID", "abc"));

        FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("AUTH_ASGARDEO_ISSUER");
        assertThat(analysis.getAction()).startsWith("Set AUTH_ASGARDEO_ISSUER to the issuer URL");
    }

    private static String failure(@Nullable String issuer, String id, @Nullable String scopes, @Nullable String me) {
        try {
            new AsgardeoProperties(issuer, id, null, scopes, me, false, null);
        } catch (InvalidSettingException e) {
            FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(e);
            return analysis.getDescription() + " " + analysis.getAction();
        }
        throw new AssertionError("the settings were accepted");
    }

    private static AsgardeoProperties bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource("environment", environment);
        return new Binder(ConfigurationPropertySources.from(source))
                .bindOrCreate("auth.asgardeo", AsgardeoProperties.class);
    }

    private static Throwable catchBindFailure(Map<String, Object> environment) {
        try {
            bind(environment);
        } catch (BindException e) {
            return e;
        }
        throw new AssertionError("the settings were accepted");
    }
}
