package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scimme.settings.AsgardeoProperties;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class InternalLoginScopeCheckTest {

    private static final String ASGARDEO_ISSUER = "https://api.asgardeo.io/t/acme/oauth2/token";

    @Test
    void asgardeo_without_internal_login_in_the_scopes_logs_one_warning_naming_the_setting(CapturedOutput output) {
        check(ASGARDEO_ISSUER, "openid profile email", null);

        assertThat(warningsNamingTheSetting(output)).hasSize(1);
        assertThat(warningsNamingTheSetting(output).get(0))
                .contains("WARN", "lacks internal_login", "https://api.asgardeo.io/t/acme/scim2/Me");
    }

    @Test
    void an_asgardeo_me_endpoint_set_explicitly_counts_too(CapturedOutput output) {
        check("https://idp.example/oauth2/token", "openid profile", "https://api.asgardeo.io/t/acme/scim2/Me");

        assertThat(warningsNamingTheSetting(output)).hasSize(1);
    }

    @Test
    void asgardeo_with_internal_login_starts_without_a_word(CapturedOutput output) {
        check(ASGARDEO_ISSUER, "openid profile email internal_login", null);
        check(ASGARDEO_ISSUER, null, null);

        assertThat(warningsNamingTheSetting(output)).isEmpty();
    }

    @Test
    void another_providers_api_may_need_other_scopes_so_nothing_is_said(CapturedOutput output) {
        check("https://idp.example/oauth2/token", "openid profile", "https://idp.example/scim2/Me");
        check("https://api.asgardeo.io.evil.example/oauth2/token", "openid", null);

        assertThat(warningsNamingTheSetting(output)).isEmpty();
    }

    private static void check(String issuer, String scopes, String meEndpoint) {
        new InternalLoginScopeCheck(new AsgardeoProperties(issuer, "client", null, scopes, meEndpoint, false, null));
    }

    private static List<String> warningsNamingTheSetting(CapturedOutput output) {
        return output.getAll()
                .lines()
                .filter(line -> line.contains("AUTH_ASGARDEO_SCOPES"))
                .toList();
    }
}
