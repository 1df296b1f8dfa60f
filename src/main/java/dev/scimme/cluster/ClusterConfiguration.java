package dev.scimme.cluster;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One instance on its own, or instances sharing sign-outs through Redis: {@link RedisConfigured}
 * decides. The OIDC session registry stays in memory on each instance either way: its entries hold
 * the signed-in user with the ID token, which must not leave the instance, and only the instance
 * holding a session can end it; what the others need to know is which user or IdP session signed
 * out ({@link SignOut}).
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    ReplayMemory replayMemory(Clock clock) {
        return new ReplayMemory(clock);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.class)
    static class Shared {

        @Bean
        RedisAvailability redisAvailability(Clock clock) {
            return new RedisAvailability(clock);
        }

        @Bean
        RedisSignOutRelay signOutRelay(
                StringRedisTemplate redis,
                ReplayMemory memory,
                RedisAvailability availability,
                SignOutListener localSessions,
                Clock clock,
                @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
            return new RedisSignOutRelay(redis, memory, availability, localSessions, clock, sessionTimeout);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisNotConfigured.class)
    static class Alone {

        @Bean
        LocalSignOutRelay signOutRelay(ReplayMemory memory) {
            return new LocalSignOutRelay(memory);
        }
    }
}
