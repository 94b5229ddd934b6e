package com.taoshu.shared.redis;

import java.time.Duration;
import java.util.function.Predicate;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.client.RedisException;

/**
 * The rate a Redisson {@link RRateLimiter} shared by all instances runs at ({@code permits} per sliding
 * {@code interval}), set up again whenever Redis no longer has it.
 * <p>
 * Redis keeps a limiter's configuration as data: a restart without persistence, a failover to a replica that never had
 * it, a flush — or the limiter idling out after {@code keepAlive} — leaves a limiter Redisson refuses every permit from
 * ("RateLimiter is not initialized"), and one configured once, in a constructor, stays broken until the app restarts.
 * So the configuration is written before every permit (HSETNX, a no-op when it is there: one round trip) and once more
 * should the keys vanish between the two calls. A changed rate reaches a limiter only when its keys are gone.
 *
 * @param keepAlive how long the limiter's keys outlive its last permit; {@link Duration#ZERO}: for good
 */
public record RateLimit(long permits, Duration interval, Duration keepAlive) {

    public static RateLimit of(long permits, Duration interval) {
        return new RateLimit(permits, interval, Duration.ZERO);
    }

    /** One permit if there is one now; false when the limiter is over its rate. */
    public boolean tryAcquire(RRateLimiter limiter) {
        return configured(limiter, RRateLimiter::tryAcquire);
    }

    /** One permit, waiting for it when the limiter is over its rate. */
    public void acquire(RRateLimiter limiter) {
        configured(limiter, l -> {
            l.acquire();
            return true;
        });
    }

    private boolean configured(RRateLimiter limiter, Predicate<RRateLimiter> permit) {
        setUp(limiter);
        try {
            return permit.test(limiter);
        } catch (RedisException e) {
            if (!String.valueOf(e.getMessage()).contains("not initialized")) {
                throw e;
            }
            setUp(limiter);
            return permit.test(limiter);
        }
    }

    private void setUp(RRateLimiter limiter) {
        limiter.trySetRate(RateType.OVERALL, permits, interval, keepAlive);
    }
}
