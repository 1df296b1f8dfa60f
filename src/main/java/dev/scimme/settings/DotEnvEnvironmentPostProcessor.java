package dev.scimme.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Lets the Asgardeo guide's env files configure this app unchanged: {@code .env} and
 * {@code .env.local} from the working directory are added just below the real environment (which
 * wins), and {@code NEXT_PUBLIC_AUTH_ASGARDEO_ME_ENDPOINT} is accepted for
 * {@code AUTH_ASGARDEO_ME_ENDPOINT}.
 */
class DotEnvEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "dotEnvFiles";
    static final String ALIAS_SOURCE_NAME = "asgardeoGuideAliases";
    private static final String ME_ENDPOINT = "AUTH_ASGARDEO_ME_ENDPOINT";
    private static final String GUIDE_ME_ENDPOINT = "NEXT_PUBLIC_AUTH_ASGARDEO_ME_ENDPOINT";

    private final Path workingDirectory;

    DotEnvEnvironmentPostProcessor() {
        this(Path.of(""));
    }

    DotEnvEnvironmentPostProcessor(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(SOURCE_NAME)) {
            return;
        }
        Map<String, Object> values = Map.copyOf(
                DotEnvFiles.read(List.of(workingDirectory.resolve(".env"), workingDirectory.resolve(".env.local"))));
        String anchor = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        // SystemEnvironmentPropertySource gives the files the same relaxed mapping as real variables.
        SystemEnvironmentPropertySource dotEnv = new SystemEnvironmentPropertySource(SOURCE_NAME, values);
        if (sources.contains(anchor)) {
            sources.addAfter(anchor, dotEnv);
        } else {
            sources.addLast(dotEnv);
        }
        if (!environment.containsProperty(ME_ENDPOINT)
                && !environment.containsProperty("auth.asgardeo.me-endpoint")
                && environment.containsProperty(GUIDE_ME_ENDPOINT)) {
            sources.addAfter(
                    SOURCE_NAME,
                    new MapPropertySource(
                            ALIAS_SOURCE_NAME,
                            Map.of("auth.asgardeo.me-endpoint", environment.getRequiredProperty(GUIDE_ME_ENDPOINT))));
        }
    }

    @Override
    public int getOrder() {
        // Before the config-data processor, so profiles and the embedded IdP see these values.
        return ConfigDataEnvironmentPostProcessor.ORDER - 1;
    }
}
