package com.taoshu.delivery.route;

import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.GeoPoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.redisson.api.geo.GeoEntry;
import org.redisson.api.geo.GeoPosition;
import org.redisson.api.RBucket;
import org.redisson.api.RGeo;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Couriers' last known positions in Redis GEO (shared by all instances), at most one ping per {@link #MIN_INTERVAL};
 * impossible jumps (a bad GPS fix hundreds of kilometres away) are ignored ({@link #ping}).
 * Kept nowhere else: should Redis lose them, a courier has no position until the next ping ({@link #last} is empty).
 */
@Component
public class CourierLocations {

    static final Duration MIN_INTERVAL = Duration.ofSeconds(5);
    /** Faster than an e-bike or a car in town: a position implying more is a bad fix. */
    static final double MAX_SPEED_KMH = 60;
    /** GPS wander that is never judged by speed. */
    static final double JITTER_M = 200;
    private static final Duration IGNORED_TTL = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(CourierLocations.class);

    private final RedissonClient redisson;
    private final Clock clock;

    public CourierLocations(RedissonClient redisson, Clock clock) {
        this.redisson = redisson;
        this.clock = clock;
    }

    public record Position(GeoPoint point, Instant at) {
    }

    /**
     * Stores the position unless it is impossible: farther from the last accepted one than a courier can travel
     * ({@link #MAX_SPEED_KMH}; jumps within {@link #JITTER_M} always pass). An impossible ping is ignored and logged,
     * and the answer is the position kept. Should the kept one be the outlier (a bad first fix), the next ping that is
     * plausible from the ignored one is accepted: two pings that agree outvote one that does not.
     */
    public Position ping(long courierId, double lat, double lng) {
        RBucket<String> gate = redisson.getBucket("taoshu:courier:ping-gate:" + courierId, StringCodec.INSTANCE);
        if (!gate.setIfAbsent("1", MIN_INTERVAL)) {
            throw DeliveryErrorCode.PING_TOO_OFTEN.exception("位置上报过于频繁，请" + MIN_INTERVAL.toSeconds() + "秒后再报");
        }
        Instant now = clock.instant();
        Position next = new Position(new GeoPoint(lat, lng), now);
        Optional<Position> kept = last(courierId);
        RBucket<String> ignored = redisson.getBucket("taoshu:courier:ignored-ping:" + courierId, StringCodec.INSTANCE);
        if (kept.isPresent() && impossible(kept.get(), next)) {
            Position previousIgnored = parse(ignored.get());
            ignored.set(next.point().lat() + "," + next.point().lng() + "," + now.toEpochMilli(), IGNORED_TTL);
            if (previousIgnored == null || impossible(previousIgnored, next)) {
                log.warn("courier {} position ignored: {} m from the last one in {} s (over {} km/h)", courierId,
                        Math.round(kept.get().point().metersTo(next.point())),
                        Duration.between(kept.get().at(), now).toSeconds(), MAX_SPEED_KMH);
                return kept.get();
            }
            log.info("courier {}: two consecutive positions agree, the kept one was the outlier", courierId);
        }
        ignored.delete();
        geo().add(new GeoEntry(lng, lat, String.valueOf(courierId)));
        seen().put(String.valueOf(courierId), String.valueOf(now.toEpochMilli()));
        return next;
    }

    /** Faster than a courier moves between two fixes (the elapsed time is at least the minimal ping interval). */
    static boolean impossible(Position from, Position to) {
        double meters = from.point().metersTo(to.point());
        if (meters <= JITTER_M) {
            return false;
        }
        double seconds = Math.max(Duration.between(from.at(), to.at()).toMillis() / 1000.0, MIN_INTERVAL.toSeconds());
        return meters / seconds * 3.6 > MAX_SPEED_KMH;
    }

    private static Position parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] p = stored.split(",");
        return new Position(new GeoPoint(Double.parseDouble(p[0]), Double.parseDouble(p[1])), Instant.ofEpochMilli(Long.parseLong(p[2])));
    }

    public Optional<Position> last(long courierId) {
        GeoPosition position = geo().pos(String.valueOf(courierId)).get(String.valueOf(courierId));
        String at = seen().get(String.valueOf(courierId));
        if (position == null || at == null) {
            return Optional.empty();
        }
        return Optional.of(new Position(new GeoPoint(position.getLatitude(), position.getLongitude()),
                Instant.ofEpochMilli(Long.parseLong(at))));
    }

    private RGeo<String> geo() {
        return redisson.getGeo("taoshu:courier:geo", StringCodec.INSTANCE);
    }

    private RMap<String, String> seen() {
        return redisson.getMap("taoshu:courier:seen", StringCodec.INSTANCE);
    }
}
