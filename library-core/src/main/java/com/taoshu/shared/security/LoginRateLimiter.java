package com.taoshu.shared.security;

import com.taoshu.shared.error.BizException;
import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.redis.RateLimit;
import java.time.Duration;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RedissonClient;
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
     * One permit of the address's limiter ({@link RateLimit}: set up again whenever Redis has lost it — its keys idle
     * out two windows after the address's last attempt, and a Redis flush or failover loses them too).
     */
    private boolean perAddressPermit(String realm, String ip) {
        Duration window = properties.loginIpWindow();
        return new RateLimit(properties.loginIpPerMinute(), window, window.multipliedBy(2))
                .tryAcquire(redisson.getRateLimiter(IP_KEY + realm + ":" + ip));
    }

    private RAtomicLong failures(String realm, String account) {
        return redisson.getAtomicLong(FAIL_KEY + realm + ":" + LoginNames.username(account));
    }
}
