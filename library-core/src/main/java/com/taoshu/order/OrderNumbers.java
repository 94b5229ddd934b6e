package com.taoshu.order;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RedissonClient;
import org.springframework.stereotype.Component;

/** Order numbers readers can read out at the desk: TS + date + a per-day sequence shared by all instances (Redis). */
@Component
public class OrderNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RedissonClient redisson;
    private final Clock clock;

    public OrderNumbers(RedissonClient redisson, Clock clock) {
        this.redisson = redisson;
        this.clock = clock;
    }

    public String next() {
        String day = LocalDate.now(clock).format(DAY);
        RAtomicLong counter = redisson.getAtomicLong("taoshu:order-no:" + day);
        long n = counter.incrementAndGet();
        if (n == 1) {
            counter.expire(Duration.ofDays(2));
        }
        return "TS" + day + String.format("%06d", n);
    }
}
