package dev.scimme.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Secrets come from the environment or an ignored .env file, never from what is committed. */
class CommittedConfigurationTest {

    private static final Pattern SECRET_KEY =
            Pattern.compile("(?i).*(secret|password|credential|private[-_.]?key|api[-_.]?key).*");

    @Test
    void no_committed_configuration_file_gives_a_secret_a_value() throws IOException {
        List<String> secrets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".properties"))
                    .toList()) {
                Properties properties = new Properties();
                try (Reader reader = Files.newBufferedReader(file)) {
                    properties.load(reader);
                }
                properties.stringPropertyNames().stream()
                        .filter(key -> SECRET_KEY.matcher(key).matches())
                        .filter(key -> !properties.getProperty(key).matches("\\$\\{[A-Z0-9_]+}|"))
                        .forEach(key -> secrets.add(file + ": " + key));
            }
        }
        assertThat(secrets).isEmpty();
    }

    @Test
    void env_files_are_ignored_by_git() throws IOException {
        assertThat(Files.readAllLines(Path.of(".gitignore"))).contains(".env", ".env.local");
    }
}
