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
import org.springframework.stereotype.Component;

/**
 * Couriers' last known positions in Redis GEO (shared by all instances), at most one ping per {@link #MIN_INTERVAL}.
 * Kept nowhere else: should Redis lose them, a courier has no position until the next ping ({@link #last} is empty).
 */
@Component
public class CourierLocations {

    static final Duration MIN_INTERVAL = Duration.ofSeconds(5);

    private final RedissonClient redisson;
    private final Clock clock;

    public CourierLocations(RedissonClient redisson, Clock clock) {
        this.redisson = redisson;
        this.clock = clock;
    }

    public record Position(GeoPoint point, Instant at) {
    }

    public Position ping(long courierId, double lat, double lng) {
        RBucket<String> gate = redisson.getBucket("taoshu:courier:ping-gate:" + courierId, StringCodec.INSTANCE);
        if (!gate.setIfAbsent("1", MIN_INTERVAL)) {
            throw DeliveryErrorCode.PING_TOO_OFTEN.exception("位置上报过于频繁，请" + MIN_INTERVAL.toSeconds() + "秒后再报");
        }
        Instant now = clock.instant();
        geo().add(new GeoEntry(lng, lat, String.valueOf(courierId)));
        seen().put(String.valueOf(courierId), String.valueOf(now.toEpochMilli()));
        return new Position(new GeoPoint(lat, lng), now);
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
