package dev.scimme.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns Spring Boot's Redis auto-configuration off unless {@link RedisConfigured}. With the starter
 * on the classpath Boot would otherwise create a connection factory for localhost:6379, a
 * {@code redis} health component that is DOWN on every machine without Redis, and a repository scan.
 * Adds to any exclusions already configured rather than replacing them.
 */
public final class RedisOnlyWhenConfigured implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE_NAME = "redis-not-configured";
    static final String EXCLUDE_PROPERTY = "spring.autoconfigure.exclude";
    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (RedisConfigured.in(environment)) {
            return;
        }
        List<String> excluded = new ArrayList<>(Binder.get(environment)
                .bind(EXCLUDE_PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of()));
        excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        PROPERTY_SOURCE_NAME, Map.of(EXCLUDE_PROPERTY, String.join(",", excluded))));
    }

    /** After the config-data post-processor and the .env reader: the URL may come from either. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
