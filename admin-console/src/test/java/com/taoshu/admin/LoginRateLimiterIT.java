package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.AuthProperties;
import com.taoshu.shared.security.LoginRateLimiter;
import com.taoshu.testsupport.ApiTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The per-address login budget against the app's Redis, with a small budget and a short window so a test can watch
 * the window slide (the app's budget, 30 a minute, is tested over HTTP in {@link StaffAuthIT}). Redisson's limiter
 * stamps permits with this JVM's clock, so the times measured here bracket the limiter's own.
 */
class LoginRateLimiterIT extends ApiTestBase {

    private static final int BUDGET = 3;
    private static final Duration WINDOW = Duration.ofSeconds(2);

    @Autowired
    RedissonClient redisson;

    private LoginRateLimiter limiter() {
        return new LoginRateLimiter(redisson, new AuthProperties(null, null, 0, null, BUDGET, WINDOW));
    }

    private static boolean allowed(LoginRateLimiter limiter, String ip) {
        try {
            limiter.checkAttempt("admin", null, ip);
            return true;
        } catch (BizException e) {
            assertThat(e.errorCode()).isEqualTo(CommonErrorCode.TOO_MANY_REQUESTS);
            assertThat(e.userMessage()).contains("频繁");
            return false;
        }
    }

    /** A documentation-range IPv6 address of its own for each test run. */
    private static String address() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "2001:db8::%x:%x:%x".formatted(random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(0x10000));
    }

    @Test
    void aQuickBurstGetsTheBudgetAndTheRestIsRefused() {
        LoginRateLimiter limiter = limiter();
        String ip = address();
        for (int i = 0; i < BUDGET; i++) {
            assertThat(allowed(limiter, ip)).as("attempt %d", i + 1).isTrue();
        }
        for (int i = 0; i < 20; i++) {
            assertThat(allowed(limiter, ip)).as("attempt %d", BUDGET + i + 1).isFalse();
        }
        assertThat(allowed(limiter, address())).as("another address has a budget of its own").isTrue();
    }

    /**
     * One attempt, then a steady stream from 0.6 of a window on, across the point where a fixed window would start
     * afresh: in no window may more than the budget get through (a fixed window lets 2 + 3 through within 0.4 s
     * there), and refused attempts go on until the first permit is a window old.
     */
    @Test
    void noWindowLetsMoreThanTheBudgetThroughEvenAcrossABoundary() throws Exception {
        LoginRateLimiter limiter = limiter();
        String ip = address();
        record Attempt(long startNanos, long endNanos) {
        }
        List<Attempt> accepted = new ArrayList<>();
        long t0 = System.nanoTime();
        assertThat(allowed(limiter, ip)).isTrue();
        accepted.add(new Attempt(t0, System.nanoTime()));

        // pacing the traffic (not waiting for anything to happen): the stream starts late in the first window
        Thread.sleep(WINDOW.toMillis() * 6 / 10);
        long until = t0 + WINDOW.toNanos() * 2 + WINDOW.toNanos() / 2;
        int refused = 0;
        for (int i = 0; i < 50_000 && System.nanoTime() < until; i++) {
            long start = System.nanoTime();
            boolean ok = allowed(limiter, ip);
            long end = System.nanoTime();
            if (ok) {
                accepted.add(new Attempt(start, end));
            } else {
                refused++;
            }
        }

        assertThat(refused).isPositive();
        assertThat(accepted.size()).as("permits come back as they age out").isGreaterThan(BUDGET + 1);
        long slack = Duration.ofMillis(5).toNanos(); // the limiter stamps whole milliseconds
        for (int i = 0; i + BUDGET < accepted.size(); i++) {
            long span = accepted.get(i + BUDGET).endNanos() - accepted.get(i).startNanos();
            assertThat(span + slack).as("attempts %d..%d got through within %d ms", i, i + BUDGET, span / 1_000_000)
                    .isGreaterThanOrEqualTo(WINDOW.toNanos());
        }
    }

    /** What the limiter guards against: Redisson 4.7's tryAcquire on a limiter whose configuration is gone. */
    @Test
    void redissonRefusesAPermitFromALimiterWithoutConfiguration() {
        RRateLimiter bare = redisson.getRateLimiter("taoshu:test:bare-limiter:" + unique(""));
        assertThatThrownBy(bare::tryAcquire).isInstanceOf(RedisException.class).hasMessageContaining("not initialized");
    }

    /**
     * Its Redis keys idle out or are lost in a flush: the next attempt sets the limiter up again instead of failing
     * with "RateLimiter is not initialized" (what a limiter configured once, in a constructor, does).
     */
    @Test
    void theLimiterIsSetUpAgainWhenItsKeysVanish() {
        LoginRateLimiter limiter = limiter();
        String ip = address();
        String name = "taoshu:auth:login-ip:admin:" + ip;
        assertThat(allowed(limiter, ip)).isTrue();

        redisson.getBucket(name).delete(); // only its configuration: the permits already taken stay counted
        assertThat(allowed(limiter, ip)).isTrue();
        assertThat(allowed(limiter, ip)).isTrue();
        assertThat(allowed(limiter, ip)).isFalse();

        redisson.getRateLimiter(name).delete(); // everything, as after FLUSHDB
        for (int i = 0; i < BUDGET; i++) {
            assertThat(allowed(limiter, ip)).isTrue();
        }
        assertThat(allowed(limiter, ip)).isFalse();
        assertThat(redisson.getRateLimiter(name).remainTimeToLive()).as("idles out").isPositive()
                .isLessThanOrEqualTo(WINDOW.multipliedBy(2).toMillis());
    }
}
