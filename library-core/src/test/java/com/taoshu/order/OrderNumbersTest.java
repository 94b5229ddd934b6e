package com.taoshu.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.testsupport.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/** Order numbers from two "instances" sharing the real Redis: unique, increasing per instance, restarting each day. */
class OrderNumbersTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static RedissonClient redisson;

    @BeforeAll
    static void connect() {
        Config config = new Config();
        config.useSingleServer().setAddress("redis://127.0.0.1:6379");
        redisson = Redisson.create(config);
    }

    @AfterAll
    static void close() {
        redisson.shutdown();
    }

    private static MutableClock clockOn(String day) {
        redisson.getAtomicLong("taoshu:order-no:" + day.replace("-", "")).delete();
        MutableClock clock = new MutableClock(ZONE);
        clock.set(Instant.parse(day + "T02:00:00Z"));
        return clock;
    }

    @Test
    void twoInstancesRacingNeverShareANumber() throws Exception {
        MutableClock clock = clockOn("2031-03-07");
        OrderNumbers a = new OrderNumbers(redisson, clock, 5);
        OrderNumbers b = new OrderNumbers(redisson, clock, 5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            OrderNumbers instance = t % 2 == 0 ? a : b;
            tasks.add(() -> {
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    mine.add(instance.next());
                }
                return mine;
            });
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : pool.invokeAll(tasks)) {
            List<String> mine = f.get();
            List<String> sorted = new ArrayList<>(mine);
            Collections.sort(sorted);
            assertThat(mine).as("one thread's numbers increase").isEqualTo(sorted);
            all.addAll(mine);
        }
        pool.shutdown();
        assertThat(new HashSet<>(all)).hasSize(400);
        assertThat(all).allMatch(n -> n.matches("TS20310307\\d{6}"));
        // 400 numbers in blocks of 5 from one shared counter: exactly 80 blocks were taken, none lost to a race
        assertThat(redisson.getAtomicLong("taoshu:order-no:20310307").get()).isEqualTo(400);
    }

    @Test
    void aNewDayStartsANewSequenceEvenMidBlock() {
        MutableClock clock = clockOn("2031-03-08");
        clockOn("2031-03-09");
        OrderNumbers numbers = new OrderNumbers(redisson, clock, 20);
        assertThat(numbers.next()).isEqualTo("TS20310308000001");
        assertThat(numbers.next()).isEqualTo("TS20310308000002");
        clock.set(Instant.parse("2031-03-09T01:00:00Z"));
        assertThat(numbers.next()).isEqualTo("TS20310309000001");
    }
}
