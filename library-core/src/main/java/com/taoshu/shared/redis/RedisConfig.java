package com.taoshu.shared.redis;

import java.time.Duration;
import org.redisson.config.BaseConfig;
import org.redisson.config.ConstantDelay;
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

    /**
     * An unreachable Redis fails fast instead of holding a request for ~5 s (Redisson's default: 4 retries 1–2 s apart):
     * {@code taoshu.redis.retry-attempts} more tries {@code taoshu.redis.retry-delay} apart, on top of the connect and
     * response timeouts of {@code spring.data.redis.connect-timeout} / {@code timeout} (taoshu-core.yml). The request
     * then answers 503 and the client tries again; background jobs try again on their next run. A Redisson YAML
     * config of another topology (replicated, master-slave) keeps its own values.
     */
    @Bean
    RedissonAutoConfigurationCustomizer failFast(@Value("${taoshu.redis.retry-attempts:1}") int retryAttempts,
                                                 @Value("${taoshu.redis.retry-delay:100ms}") Duration retryDelay) {
        return config -> {
            BaseConfig<?> servers = config.isClusterConfig() ? config.useClusterServers()
                    : config.isSentinelConfig() ? config.useSentinelServers()
                    : config.isSingleConfig() ? config.useSingleServer()
                    : null;
            if (servers != null) {
                servers.setRetryAttempts(retryAttempts);
                servers.setRetryDelay(new ConstantDelay(retryDelay));
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
