package dev.scimme.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The one switch between one instance on its own and instances sharing Redis: a non-blank
 * {@code spring.data.redis.url} ({@code SPRING_DATA_REDIS_URL}). Not {@code @ConditionalOnProperty},
 * which would take a blank value for "set".
 */
public final class RedisConfigured implements Condition {

    public static final String URL_PROPERTY = "spring.data.redis.url";

    public static boolean in(Environment environment) {
        return StringUtils.hasText(environment.getProperty(URL_PROPERTY));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }
}
