package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scimme.settings.AsgardeoProperties;
import dev.scimme.settings.InvalidSettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

@ExtendWith(OutputCaptureExtension.class)
class InsecureTransportGuardTest {

    @Test
    void https_everywhere_starts_without_a_word() {
        assertThatCode(() -> guard(
                        "https://idp.example/oauth2/token", "https://idp.example/scim2/Me", new MockEnvironment()))
                .doesNotThrowAnyException();
    }

    @Test
    void an_http_issuer_on_another_host_stops_the_start_naming_the_setting_and_the_way_out() {
        assertThatThrownBy(() ->
                        guard("http://idp.example/oauth2/token", "https://idp.example/scim2/Me", new MockEnvironment()))
                .isInstanceOfSatisfying(InvalidSettingException.class, failure -> {
                    assertThat(failure.setting()).isEqualTo("AUTH_ASGARDEO_ISSUER");
                    assertThat(failure.getMessage()).contains("plain http to another machine");
                    assertThat(failure.expected()).contains("AUTH_ASGARDEO_ALLOW_INSECURE_HTTP=true");
                });
    }

    @Test
    void an_http_me_endpoint_on_another_host_stops_the_start() {
        assertThatThrownBy(() ->
                        guard("https://idp.example/oauth2/token", "http://10.0.0.5/scim2/Me", new MockEnvironment()))
                .isInstanceOfSatisfying(
                        InvalidSettingException.class,
                        failure -> assertThat(failure.setting()).isEqualTo("AUTH_ASGARDEO_ME_ENDPOINT"));
    }

    @Test
    void explicitly_allowed_http_starts_with_a_warning(CapturedOutput output) {
        assertThatCode(() -> new InsecureTransportGuard(
                        new AsgardeoProperties(
                                "http://idp.example/oauth2/token",
                                "client",
                                null,
                                null,
                                "http://idp.example/scim2/Me",
                                true,
                                null),
                        new MockEnvironment()))
                .doesNotThrowAnyException();
        assertThat(output).contains("AUTH_ASGARDEO_ISSUER is not https", "AUTH_ASGARDEO_ME_ENDPOINT is not https");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:9000",
                "http://127.0.0.1:9000",
                "http://127.1.2.3:9000",
                "http://[::1]:9000",
                "http://idp.localhost:9000"
            })
    void loopback_http_is_allowed_with_a_warning(String issuer, CapturedOutput output) {
        assertThatCode(() -> guard(issuer, issuer + "/scim2/Me", new MockEnvironment()))
                .doesNotThrowAnyException();
        assertThat(output).contains("AUTH_ASGARDEO_ISSUER is not https");
    }

    @Test
    void the_embedded_development_idp_starts_without_warnings(CapturedOutput output) {
        MockEnvironment environment = new MockEnvironment().withProperty("local-idp.enabled", "true");

        guard("http://localhost:9000", "http://localhost:9000/scim2/Me", environment);

        assertThat(output).doesNotContain("is not https");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost.evil.example",
                "http://127.0.0.1.nip.io",
                "http://0x7f000001",
                "http://10.0.0.1"
            })
    void hosts_that_only_look_like_loopback_are_not_loopback(String url) {
        assertThat(InsecureTransportGuard.isLoopback(java.net.URI.create(url).getHost()))
                .isFalse();
    }

    private static void guard(String issuer, String meEndpoint, MockEnvironment environment) {
        new InsecureTransportGuard(
                new AsgardeoProperties(issuer, "client", null, null, meEndpoint, false, null), environment);
    }
}
