package com.taoshu.order.internal;

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
 * <p>
 * The counter is only a cache of what the database knows. Redis may lose it — a restart without persistence, a flush —
 * or a failover may bring back an older value. So the call that creates the day's counter (the day's first block, or
 * the first after a loss) starts it above the highest number of the day in the database, and a number the database
 * already has ({@link #afterCollision}) raises the counter the same way before the next block is taken.
 */
@Component
public class OrderNumbers {

    static final int DEFAULT_BLOCK = 20;
    static final String KEY = "taoshu:order-no:";
    private static final Duration COUNTER_TTL = Duration.ofDays(2);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The highest sequence number any order of the day has in the database (0: none). */
    @FunctionalInterface
    interface Issued {
        long highest(String dayPrefix);
    }

    private final RedissonClient redisson;
    private final Issued issued;
    private final Clock clock;
    private final int block;

    private LocalDate day;
    private String prefix;
    private long next;
    private long end;

    @Autowired
    public OrderNumbers(RedissonClient redisson, BorrowOrderMapper orders, Clock clock) {
        this(redisson, orders::highestSequence, clock, DEFAULT_BLOCK);
    }

    OrderNumbers(RedissonClient redisson, Issued issued, Clock clock, int block) {
        this.redisson = redisson;
        this.issued = issued;
        this.clock = clock;
        this.block = block;
    }

    public synchronized String next() {
        LocalDate today = LocalDate.now(clock);
        if (!today.equals(day) || next > end) {
            RAtomicLong counter = counter(today);
            long last = counter.addAndGet(block);
            if (last == block) {
                // this call created the day's counter: the day's first block, or Redis lost it — then the database
                // knows which numbers are taken
                counter.expire(COUNTER_TTL);
                long highest = issued.highest(prefix(today));
                if (highest > 0) {
                    last = takeAbove(counter, highest);
                }
            }
            use(today, last);
        }
        return number(next++);
    }

    /**
     * A number in place of one the database refused because an order already has it: Redis' counter is behind the
     * database (a failover to a replica that lagged, or a block another instance took before a loss). The rest of this
     * instance's block is dropped and a new one is taken above the highest number of the day in the database.
     */
    public synchronized String afterCollision() {
        LocalDate today = LocalDate.now(clock);
        use(today, takeAbove(counter(today), issued.highest(prefix(today))));
        return number(next++);
    }

    /**
     * Raises the counter to at least {@code highest} + one block, then takes a block. The margin spares the likely
     * second collision: a block another instance took before the loss and has already given a number from began at or
     * below {@code highest}, so it ends below the margin. One it has not given any number from yet may still collide;
     * {@link #afterCollision} deals with that.
     */
    private long takeAbove(RAtomicLong counter, long highest) {
        long floor = highest + block;
        long current = counter.get();
        while (current < floor && !counter.compareAndSet(current, floor)) {
            current = counter.get();
        }
        long last = counter.addAndGet(block);
        counter.expire(COUNTER_TTL); // compareAndSet writes the value anew, without its expiry
        return last;
    }

    private RAtomicLong counter(LocalDate day) {
        return redisson.getAtomicLong(KEY + day.format(DAY));
    }

    private void use(LocalDate today, long last) {
        day = today;
        prefix = prefix(today);
        next = last - block + 1;
        end = last;
    }

    private static String prefix(LocalDate day) {
        return "TS" + day.format(DAY);
    }

    private String number(long sequence) {
        String digits = Long.toString(sequence);
        return digits.length() >= 6 ? prefix + digits : prefix + "000000".substring(digits.length()) + digits;
    }
}
