package com.taoshu.shared.security;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.error.CommonErrorCode;
import java.time.Duration;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.springframework.stereotype.Component;

/**
 * Login throttling shared by all instances through Redis: per client address a budget of attempts within any sliding
 * minute (Redisson's {@link RRateLimiter}), and per account a lock after too many consecutive failures (cleared by a
 * successful login). Accounts are counted by their canonical name ({@link LoginNames}), so "Probe_X" and "probe_x"
 * share one failure count and one lock.
 */
@Component
public class LoginRateLimiter {

    private static final String IP_KEY = "taoshu:auth:login-ip:";
    private static final String FAIL_KEY = "taoshu:auth:login-fail:";

    private final RedissonClient redisson;
    private final AuthProperties properties;

    public LoginRateLimiter(RedissonClient redisson, AuthProperties properties) {
        this.redisson = redisson;
        this.properties = properties;
    }

    /** Counts this attempt; throws 429 when the address is over budget or the account is locked. */
    public void checkAttempt(String realm, String account, String ip) {
        if (!perAddressPermit(realm, ip)) {
            throw new BizException(CommonErrorCode.TOO_MANY_REQUESTS, "登录尝试过于频繁，请一分钟后再试");
        }
        if (account != null && failures(realm, account).get() >= properties.loginMaxFailures()) {
            long minutes = Math.max(1, properties.loginLock().toMinutes());
            throw new BizException(CommonErrorCode.TOO_MANY_REQUESTS, "密码错误次数过多，账号已锁定" + minutes + "分钟");
        }
    }

    public void recordFailure(String realm, String account) {
        RAtomicLong counter = failures(realm, account);
        counter.incrementAndGet();
        counter.expire(properties.loginLock());
    }

    public void recordSuccess(String realm, String account) {
        failures(realm, account).delete();
    }

    /**
     * One permit of the address's limiter. Its configuration is written (HSETNX, a no-op when present) before every
     * permit rather than once: the limiter's keys idle out two windows after the address's last attempt, and a Redis
     * flush or failover loses them too, after which Redisson's {@code tryAcquire} fails with "RateLimiter is not
     * initialized" instead of starting afresh. Should the keys vanish between the two calls, it is set up once more.
     * A changed budget reaches an address's existing limiter when that idles out.
     */
    private boolean perAddressPermit(String realm, String ip) {
        RRateLimiter limiter = redisson.getRateLimiter(IP_KEY + realm + ":" + ip);
        Duration window = properties.loginIpWindow();
        limiter.trySetRate(RateType.OVERALL, properties.loginIpPerMinute(), window, window.multipliedBy(2));
        try {
            return limiter.tryAcquire();
        } catch (RedisException e) {
            if (!String.valueOf(e.getMessage()).contains("not initialized")) {
                throw e;
            }
            limiter.trySetRate(RateType.OVERALL, properties.loginIpPerMinute(), window, window.multipliedBy(2));
            return limiter.tryAcquire();
        }
    }

    private RAtomicLong failures(String realm, String account) {
        return redisson.getAtomicLong(FAIL_KEY + realm + ":" + LoginNames.username(account));
    }
}
