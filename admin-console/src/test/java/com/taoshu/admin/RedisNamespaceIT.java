package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.testsupport.ApiTestBase;
import com.taoshu.testsupport.TestSchema;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Autowired;

/** The running app's Redis names carry its namespace (TAOSHU_REDIS_NAMESPACE; a test JVM's is its schema name). */
class RedisNamespaceIT extends ApiTestBase {

    @Autowired
    RedissonClient redisson;

    @Test
    void theAppsRedisNamesCarryTheNamespace() {
        String namespace = TestSchema.name();
        String name = unique("it:probe:");
        redisson.getBucket(name, StringCodec.INSTANCE).set("here");

        Config plain = new Config();
        plain.useSingleServer().setAddress("redis://" + System.getenv().getOrDefault("TAOSHU_REDIS_HOST", "127.0.0.1") + ":"
                + System.getenv().getOrDefault("TAOSHU_REDIS_PORT", "6379"));
        RedissonClient raw = Redisson.create(plain);
        try {
            assertThat(raw.getBucket(namespace + ":" + name, StringCodec.INSTANCE).get()).isEqualTo("here");
            assertThat(raw.getBucket(name, StringCodec.INSTANCE).isExists()).isFalse();
        } finally {
            raw.getBucket(namespace + ":" + name).delete();
            raw.shutdown();
        }
    }
}
