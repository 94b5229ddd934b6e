package com.taoshu.shared.redis;

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
