package com.taoshu.shared.redis;

import org.redisson.spring.starter.RedissonAutoConfigurationCustomizer;
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
}
