package com.taoshu.shared.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;

/** Two installations on one Redis: with a namespace each sees only its own names (against the real Redis). */
class RedisNamespaceTest {

    private static final String NAMESPACE = "ns-test-" + UUID.randomUUID();
    private static RedissonClient plain;
    private static RedissonClient spaced;

    private static Config config() {
        Config config = new Config();
        config.useSingleServer().setAddress("redis://" + System.getenv().getOrDefault("TAOSHU_REDIS_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("TAOSHU_REDIS_PORT", "6379"));
        return config;
    }

    @BeforeAll
    static void connect() {
        plain = Redisson.create(config());
        Config withNamespace = config();
        withNamespace.setNameMapper(new RedisConfig.Prefix(NAMESPACE + ":"));
        spaced = Redisson.create(withNamespace);
    }

    @AfterAll
    static void close() {
        plain.getKeys().deleteByPattern(NAMESPACE + ":*");
        plain.shutdown();
        spaced.shutdown();
    }

    @Test
    void namesArePrefixedAndTheOtherInstallationDoesNotSeeThem() {
        spaced.getBucket("courier:ping-gate:7", StringCodec.INSTANCE).set("1");
        spaced.getGeo("courier:geo", StringCodec.INSTANCE).add(112.93, 28.23, "7");

        assertThat(plain.getBucket(NAMESPACE + ":courier:ping-gate:7", StringCodec.INSTANCE).get()).isEqualTo("1");
        assertThat(plain.getBucket("courier:ping-gate:7", StringCodec.INSTANCE).isExists()).isFalse();
        assertThat(plain.getGeo(NAMESPACE + ":courier:geo", StringCodec.INSTANCE).pos("7")).containsKey("7");
        assertThat(spaced.getBucket("courier:ping-gate:7", StringCodec.INSTANCE).get()).as("read back through the mapper")
                .isEqualTo("1");
    }

    @Test
    void topicsAreNamespacedToo() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        RTopic mine = spaced.getTopic("search:book-changed", StringCodec.INSTANCE);
        mine.addListener(String.class, (channel, message) -> heard.add(message));
        plain.getTopic("search:book-changed", StringCodec.INSTANCE).publish("from another installation");
        plain.getTopic(NAMESPACE + ":search:book-changed", StringCodec.INSTANCE).publish("from this installation");
        for (int i = 0; i < 50 && heard.isEmpty(); i++) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        TimeUnit.MILLISECONDS.sleep(100);
        assertThat(heard).containsExactly("from this installation");
    }

    @Test
    void unmapGivesBackTheAppsName() {
        RedisConfig.Prefix prefix = new RedisConfig.Prefix("a:");
        assertThat(prefix.map("lock:1")).isEqualTo("a:lock:1");
        assertThat(prefix.unmap("a:lock:1")).isEqualTo("lock:1");
        assertThat(prefix.unmap("other")).isEqualTo("other");
    }
}
