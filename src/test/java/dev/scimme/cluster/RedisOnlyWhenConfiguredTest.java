package dev.scimme.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RedisOnlyWhenConfiguredTest {

    private final RedisOnlyWhenConfigured postProcessor = new RedisOnlyWhenConfigured();

    @Test
    void without_a_redis_url_boots_redis_auto_configuration_is_excluded_next_to_what_was_excluded_already() {
        StandardEnvironment environment = environment(Map.of("spring.autoconfigure.exclude", "com.example.Other"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .contains("com.example.Other")
                .contains(RedisOnlyWhenConfigured.REDIS_AUTO_CONFIGURATIONS);
    }

    @Test
    void a_blank_redis_url_counts_as_none() {
        StandardEnvironment environment = environment(Map.of("spring.data.redis.url", " "));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude"))
                .contains(RedisOnlyWhenConfigured.REDIS_AUTO_CONFIGURATIONS);
    }

    @Test
    void with_a_redis_url_boots_redis_auto_configuration_stays() {
        StandardEnvironment environment = environment(Map.of("spring.data.redis.url", "redis://127.0.0.1:6390"));

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
