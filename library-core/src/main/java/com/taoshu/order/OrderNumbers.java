package com.taoshu.order;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.redisson.api.RAtomicLong;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Order numbers readers can read out at the desk: TS + date + a per-day sequence shared by all instances (Redis).
 * <p>
 * Each instance takes the sequence in blocks ({@link #DEFAULT_BLOCK} numbers per Redis call) and hands them out
 * locally, so a submit rush costs one Redis round trip per block rather than per order. Numbers stay unique across
 * instances and increase within one; an instance that stops leaves the rest of its block unused (a gap, harmless:
 * the number is a label, never a count).
 */
@Component
public class OrderNumbers {

    static final int DEFAULT_BLOCK = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final RedissonClient redisson;
    private final Clock clock;
    private final int block;

    private LocalDate day;
    private String prefix;
    private long next;
    private long end;

    @Autowired
    public OrderNumbers(RedissonClient redisson, Clock clock) {
        this(redisson, clock, DEFAULT_BLOCK);
    }

    OrderNumbers(RedissonClient redisson, Clock clock, int block) {
        this.redisson = redisson;
        this.clock = clock;
        this.block = block;
    }

    public synchronized String next() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day) || next > end) {
            String date = today.format(DAY);
            RAtomicLong counter = redisson.getAtomicLong("taoshu:order-no:" + date);
            long last = counter.addAndGet(block);
            if (last == block) {
                counter.expire(Duration.ofDays(2));
            }
            day = today;
            prefix = "TS" + date;
            next = last - block + 1;
            end = last;
        }
        String sequence = Long.toString(next++);
        return sequence.length() >= 6 ? prefix + sequence : prefix + "000000".substring(sequence.length()) + sequence;
    }
}
