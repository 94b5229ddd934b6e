package com.taoshu.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import com.taoshu.notify.FakeSubscribeWeChat;
import com.taoshu.notify.NotifyProperties;
import com.taoshu.reader.wechat.WeChatProperties;
import com.taoshu.testsupport.FakeHttpServer;
import com.taoshu.testsupport.PrivateRedis;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * The shared access_token lives in Redis (WxJava's Redisson storage, with its refresh lock): a Redis that lost it costs
 * one token request, and losing it in the middle of a refresh makes that send retryable — nothing was sent — instead of
 * an exception that leaves the notice claimed until it counts as lost. A Redis of its own, which the test flushes.
 */
class SubscribeMessageTokenRedisLossTest {

    private static final List<WxMaSubscribeMessage.MsgData> DATA = List.of(new WxMaSubscribeMessage.MsgData("thing1", "书"));

    private PrivateRedis server;
    private RedissonClient redisson;
    private FakeHttpServer weChat;
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile CountDownLatch tokenHold;
    private SubscribeMessageClient client;

    @BeforeEach
    void start() {
        server = PrivateRedis.start();
        Config config = new Config();
        config.useSingleServer().setAddress("redis://127.0.0.1:" + server.port());
        redisson = Redisson.create(config);
        weChat = new FakeHttpServer();
        weChat.on("/cgi-bin/token", r -> {
            CountDownLatch hold = tokenHold;
            if (hold != null) {
                try {
                    hold.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return FakeHttpServer.Response.json("{\"access_token\":\"TOKEN_" + tokens.incrementAndGet() + "\",\"expires_in\":7200}");
        });
        FakeSubscribeWeChat.attachTo(weChat);
        NotifyProperties properties = new NotifyProperties(Map.of(), null, Duration.ofSeconds(2), Duration.ofSeconds(30), 0, null,
                null, null, null, null, 0, null, null, 0);
        client = new SubscribeMessageClient(new WeChatProperties("wx-loss", "secret", weChat.baseUrl()), properties, redisson);
    }

    @AfterEach
    void stop() {
        redisson.shutdown();
        weChat.close();
        server.close();
    }

    private SendOutcome send() {
        return client.send("openid-loss", "TPL", "pages/index", DATA);
    }

    @Test
    void aTokenRedisLostIsFetchedAgain() {
        assertThat(send()).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(send()).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(tokens.get()).as("one token for both").isEqualTo(1);

        server.flushAll();
        assertThat(send()).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(tokens.get()).isEqualTo(2);
    }

    @Test
    void redisLostDuringARefreshMakesTheSendRetryable() throws Exception {
        tokenHold = new CountDownLatch(1);
        CompletableFuture<SendOutcome> outcome;
        try {
            outcome = CompletableFuture.supplyAsync(this::send);
            // the refresh holds its lock in Redis while it waits for WeChat: now Redis loses everything
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !weChat.requests("/cgi-bin/token").isEmpty());
            server.flushAll();
        } finally {
            tokenHold.countDown();
            tokenHold = null;
        }
        assertThat(outcome.get(20, TimeUnit.SECONDS)).isInstanceOf(SendOutcome.Retryable.class);
        assertThat(weChat.requests(FakeSubscribeWeChat.PATH)).as("nothing was sent").isEmpty();

        assertThat(send()).as("the retry").isInstanceOf(SendOutcome.Delivered.class);
    }
}
