package com.taoshu.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.testsupport.MutableClock;
import com.taoshu.testsupport.PrivateRedis;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * Order numbers from two "instances" sharing one Redis: unique, increasing per instance, restarting each day, and
 * above every number the "database" has once Redis has lost or rewound the day's counter. A Redis of its own, so it
 * may flush it.
 */
class OrderNumbersTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static PrivateRedis server;
    private static RedissonClient redisson;

    /** The "database": the highest sequence issued per day prefix, as BorrowOrderMapper.highestSequence reads it. */
    private final Map<String, Long> highest = new ConcurrentHashMap<>();

    @BeforeAll
    static void connect() {
        server = PrivateRedis.start();
        Config config = new Config();
        config.useSingleServer().setAddress("redis://127.0.0.1:" + server.port());
        redisson = Redisson.create(config);
    }

    @AfterAll
    static void close() {
        redisson.shutdown();
        server.close();
    }

    private static MutableClock clockOn(String day) {
        MutableClock clock = new MutableClock(ZONE);
        clock.set(Instant.parse(day + "T02:00:00Z"));
        return clock;
    }

    private OrderNumbers instance(MutableClock clock, int block) {
        return new OrderNumbers(redisson, prefix -> highest.getOrDefault(prefix, 0L), clock, block);
    }

    /** Numbers handed out, recorded as issued the way committed orders would be. */
    private List<String> issue(OrderNumbers numbers, int count) {
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String number = numbers.next();
            highest.merge(number.substring(0, 10), Long.parseLong(number.substring(10)), Math::max);
            issued.add(number);
        }
        return issued;
    }

    @Test
    void twoInstancesRacingNeverShareANumber() throws Exception {
        MutableClock clock = clockOn("2031-03-07");
        OrderNumbers a = instance(clock, 5);
        OrderNumbers b = instance(clock, 5);
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
        assertThat(redisson.getAtomicLong(OrderNumbers.KEY + "20310307").get()).isEqualTo(400);
    }

    @Test
    void aNewDayStartsANewSequenceEvenMidBlock() {
        MutableClock clock = clockOn("2031-03-08");
        OrderNumbers numbers = instance(clock, 20);
        assertThat(numbers.next()).isEqualTo("TS20310308000001");
        assertThat(numbers.next()).isEqualTo("TS20310308000002");
        clock.set(Instant.parse("2031-03-09T01:00:00Z"));
        assertThat(numbers.next()).isEqualTo("TS20310309000001");
    }

    @Test
    void aCounterRedisLostStartsAboveTheNumbersTheDatabaseHas() {
        MutableClock clock = clockOn("2031-03-10");
        OrderNumbers a = instance(clock, 5);
        OrderNumbers b = instance(clock, 5);
        issue(a, 7); // blocks 1-5, 6-10
        issue(b, 2); // block 11-15

        server.flushAll();
        List<String> after = new ArrayList<>(issue(a, 8)); // 8-10 from its block, then a new one
        after.addAll(issue(b, 8)); // 13-15 from its block, then a new one

        assertThat(new HashSet<>(after)).hasSize(16);
        assertThat(after).doesNotContainAnyElementsOf(List.of("TS20310310000001", "TS20310310000002",
                "TS20310310000003", "TS20310310000004", "TS20310310000005", "TS20310310000006", "TS20310310000007",
                "TS20310310000011", "TS20310310000012"));
        // the first new block starts a block above the highest number issued (12), past b's block 11-15
        assertThat(after.get(3)).isEqualTo("TS20310310000018");
        assertThat(after).contains("TS20310310000013", "TS20310310000014", "TS20310310000015");
        assertThat(redisson.getAtomicLong(OrderNumbers.KEY + "20310310").remainTimeToLive()).as("expires").isPositive();
    }

    @Test
    void aRefusedNumberMovesTheCounterAboveTheDatabase() {
        MutableClock clock = clockOn("2031-03-11");
        OrderNumbers numbers = instance(clock, 5);
        issue(numbers, 3);
        // a failover to a replica that lagged: the counter is back at 0 while 1-30 exist (some from another instance)
        highest.put("TS20310311", 30L);
        redisson.getAtomicLong(OrderNumbers.KEY + "20310311").set(0);

        assertThat(numbers.next()).as("the rest of its block, nobody else's").isEqualTo("TS20310311000004");
        assertThat(numbers.afterCollision()).isEqualTo("TS20310311000036");
        assertThat(numbers.next()).isEqualTo("TS20310311000037");
        assertThat(redisson.getAtomicLong(OrderNumbers.KEY + "20310311").get()).isEqualTo(40);
        assertThat(redisson.getAtomicLong(OrderNumbers.KEY + "20310311").remainTimeToLive()).as("expires").isPositive();
    }
}
