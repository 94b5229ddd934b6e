package com.taoshu.shared.redis;

import java.time.Duration;
import org.redisson.config.NameMapper;
import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class RedisConfig {

    /**
     * TAOSHU_REDIS_PASSWORD defaults to empty; Redisson would send {@code AUTH ""} and a Redis without a password
     * refuses the connection. An empty password means "no AUTH".
     */
    @Bean
    RedissonAutoConfigurationCustomizer noEmptyRedisPassword() {
        return config -> {
            if (config.getPassword() != null && config.getPassword().isEmpty()) {
                config.setPassword(null);
            }
        };
    }

    /**
     * {@code taoshu.redis.namespace} (TAOSHU_REDIS_NAMESPACE): when set, every Redis name the app uses (tokens, locks,
     * counters, courier positions, topics…) is prefixed with it, so two installations — or two test schemas — can
     * share one Redis without seeing each other's data. Empty (the default): names as they are.
     */
    @Bean
    RedissonAutoConfigurationCustomizer namespace(@Value("${taoshu.redis.namespace:}") String namespace) {
        return config -> {
            if (!namespace.isBlank()) {
                config.setNameMapper(new Prefix(namespace.trim() + ":"));
            }
        };
    }

    /**
     * {@code taoshu.redis.lock-watchdog-timeout} (TAOSHU_REDIS_LOCK_WATCHDOG_TIMEOUT, default 30 s): how long a Redisson
     * lock taken without a lease time outlives its holder. The holder's client renews it every third of this while it
     * lives, so a crashed instance blocks what it locked (a delivery slot's planning, a job on the local schedule) for
     * at most this long. Tests shorten it to see a dead holder's lock lapse.
     */
    @Bean
    RedissonAutoConfigurationCustomizer lockWatchdog(@Value("${taoshu.redis.lock-watchdog-timeout:30s}") Duration timeout) {
        return config -> config.setLockWatchdogTimeout(timeout.toMillis());
    }

    record Prefix(String prefix) implements NameMapper {

        @Override
        public String map(String name) {
            return prefix + name;
        }

        @Override
        public String unmap(String name) {
            return name.startsWith(prefix) ? name.substring(prefix.length()) : name;
        }
    }
}
