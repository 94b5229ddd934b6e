package com.taoshu.shared.redis;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RLock;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Locks across instances that die with their holder. A lock is a Redisson lock taken <em>without</em> a lease time:
 * the holder's client renews it every third of {@code taoshu.redis.lock-watchdog-timeout} while it lives, and it lapses
 * that long after the holder dies (killed, out of memory, cut off from Redis). A fixed lease is never right: it either
 * runs out under a slow holder or, after a crash, blocks the work for its whole length (ten minutes of a delivery slot
 * nobody could plan).
 * <p>Beside each lock a small hash says who holds it and since when (the dispatch board's "排线进行中"). It is read only
 * while the lock exists, so what it says lives exactly as long as the lock; a dead holder's hash is overwritten by the
 * next holder and expires on its own after a day.
 */
@Component
public class InstanceLocks {

    private static final Logger log = LoggerFactory.getLogger(InstanceLocks.class);
    private static final Duration HOLDER_KEPT = Duration.ofDays(1);

    private final RedissonClient redisson;
    private final Clock clock;
    private final String instance;

    @Autowired
    public InstanceLocks(RedissonClient redisson, Clock clock) {
        this(redisson, clock, InstanceName.current());
    }

    /** @param instance how other instances name this one in the holder ({@link InstanceName#current()}) */
    public InstanceLocks(RedissonClient redisson, Clock clock, String instance) {
        this.redisson = redisson;
        this.clock = clock;
        this.instance = instance;
    }

    /** Who holds a lock: the instance, what started the work (a librarian, a job), and when (service zone). */
    public record Holder(String instance, String startedBy, LocalDateTime since) {
    }

    /** A lock this thread holds; {@link #close()} from the same thread releases it. */
    public final class Held implements AutoCloseable {

        private final RLock lock;
        private final RMap<String, String> holder;

        private Held(RLock lock, RMap<String, String> holder) {
            this.lock = lock;
            this.holder = holder;
        }

        @Override
        public void close() {
            // The work is done by now: a lock that cannot be released must not turn it into an error. Redis may have
            // lost it (a restart without persistence, a failover, a flush: Redisson refuses the unlock), it lapsed
            // while Redis was out of reach longer than the watchdog timeout, or Redis is down (it lapses by itself).
            try {
                holder.delete(); // first: once unlocked, the next holder's record must not be deleted by us
                lock.unlock();
            } catch (RuntimeException e) {
                log.warn("lock {} was no longer held by this instance when released ({})", lock.getName(), e.getMessage());
            }
        }
    }

    /** The lock if it is free now, else empty at once. */
    public Optional<Held> tryHold(String name, String startedBy) {
        return tryHold(name, startedBy, Duration.ZERO);
    }

    /** The lock if it is free within {@code wait} (woken when the holder releases it or its lock lapses), else empty. */
    public Optional<Held> tryHold(String name, String startedBy, Duration wait) {
        RLock lock = redisson.getLock(name);
        boolean locked;
        try {
            locked = lock.tryLock(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS); // no lease time: the watchdog's
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (!locked) {
            return Optional.empty();
        }
        RMap<String, String> holder = holderOf(name);
        holder.putAll(Map.of("instance", instance, "startedBy", startedBy, "since", LocalDateTime.now(clock).toString()));
        holder.expire(HOLDER_KEPT);
        return Optional.of(new Held(lock, holder));
    }

    /** Who holds the lock now; empty when nobody does. A holder that has not written its record yet has null fields. */
    public Optional<Holder> holder(String name) {
        if (!redisson.getLock(name).isLocked()) {
            return Optional.empty();
        }
        Map<String, String> h = holderOf(name).readAllMap();
        String since = h.get("since");
        return Optional.of(new Holder(h.get("instance"), h.get("startedBy"), since == null ? null : LocalDateTime.parse(since)));
    }

    /** How long a lock outlives a holder that died: the watchdog timeout. */
    public Duration lapseAfterDeath() {
        return Duration.ofMillis(redisson.getConfig().getLockWatchdogTimeout());
    }

    private RMap<String, String> holderOf(String name) {
        return redisson.getMap(name + ":holder", StringCodec.INSTANCE);
    }
}
