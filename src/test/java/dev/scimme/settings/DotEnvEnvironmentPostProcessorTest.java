package dev.scimme.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DotEnvEnvironmentPostProcessorTest {

    @TempDir
    Path directory;

    @Test
    void the_guides_env_files_are_read_and_env_local_overrides_env() throws IOException {
        Files.writeString(directory.resolve(".env"), """
                # Asgardeo
                AUTH_ASGARDEO_ISSUER="https://api.asgardeo.io/t/acme/oauth2/token"
                export AUTH_ASGARDEO_ID=from-env-file
                """);
        Files.writeString(directory.resolve(".env.local"), "AUTH_ASGARDEO_ID='from-env-local' \n");

        StandardEnvironment environment = process(Map.of());

        assertThat(environment.getProperty("auth.asgardeo.issuer"))
                .isEqualTo("https://api.asgardeo.io/t/acme/oauth2/token");
        assertThat(environment.getProperty("auth.asgardeo.id")).isEqualTo("from-env-local");
    }

    @Test
    void the_real_environment_wins_over_the_files() throws IOException {
        Files.writeString(directory.resolve(".env"), "AUTH_ASGARDEO_ID=from-file\n");

        StandardEnvironment environment = process(Map.of("AUTH_ASGARDEO_ID", "from-environment"));

        assertThat(environment.getProperty("auth.asgardeo.id")).isEqualTo("from-environment");
    }

    @Test
    void the_guides_public_me_endpoint_name_is_accepted() throws IOException {
        Files.writeString(
                directory.resolve(".env.local"),
                "NEXT_PUBLIC_AUTH_ASGARDEO_ME_ENDPOINT=\"https://api.asgardeo.io/t/acme/scim2/Me\"\n");

        StandardEnvironment environment = process(Map.of());

        assertThat(environment.getProperty("auth.asgardeo.me-endpoint"))
                .isEqualTo("https://api.asgardeo.io/t/acme/scim2/Me");
    }

    @Test
    void no_files_change_nothing() {
        StandardEnvironment environment = process(Map.of());

        assertThat(environment.getProperty("auth.asgardeo.issuer")).isNull();
    }

    private StandardEnvironment process(Map<String, Object> realEnvironment) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, realEnvironment));
        new DotEnvEnvironmentPostProcessor(directory).postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
