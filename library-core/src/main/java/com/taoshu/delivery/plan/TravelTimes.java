package com.taoshu.delivery.plan;

import com.taoshu.delivery.Courier;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.amap.AmapClient;
import com.taoshu.delivery.solver.TravelMatrix;
import com.taoshu.shared.error.BizException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Travel times between a branch and its stops, one matrix per vehicle profile. Distances come from AMap's distance
 * API (walking paths, {@code type=3}; batched up to 100 origins per destination), each pair cached in Redis for
 * {@link #CACHE_TTL}; a courier's time is that distance at the vehicle's speed. When AMap is not configured, fails or
 * is over quota — or anything else on that path fails, Redis included — straight-line distance × {@link #DETOUR} is
 * used instead and the plan is marked "estimated" (logged once per plan).
 */
@Component
public class TravelTimes {

    private static final Logger log = LoggerFactory.getLogger(TravelTimes.class);
    static final double DETOUR = 1.35;
    static final Duration CACHE_TTL = Duration.ofDays(7);
    static final int WALKING = 3;

    private final AmapClient amap;
    private final RedissonClient redisson;

    public TravelTimes(AmapClient amap, RedissonClient redisson) {
        this.amap = amap;
        this.redisson = redisson;
    }

    public record Matrices(Map<String, TravelMatrix> byProfile, boolean estimated) {
    }

    public Matrices between(List<GeoPoint> points) {
        double[][] meters = null;
        if (amap.configured()) {
            try {
                meters = roadMeters(points);
            } catch (BizException e) {
                // AMap refused or was unreachable; AmapClient has logged its answer
                log.warn("AMap distances unavailable ({}): planning with straight-line estimates", e.getMessage());
            } catch (RuntimeException e) {
                // anything else on the map path — Redis (the rate limiter, the cache) included — costs the plan its
                // road distances, never the plan itself
                log.warn("travel times from the map failed: planning with straight-line estimates", e);
            }
        }
        boolean estimated = meters == null;
        if (estimated) {
            meters = straightMeters(points);
        }
        Map<String, TravelMatrix> matrices = new HashMap<>();
        int n = points.size();
        for (Courier.Vehicle vehicle : Courier.Vehicle.values()) {
            double[][] seconds = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    seconds[i][j] = meters[i][j] / vehicle.metersPerSecond();
                }
            }
            matrices.put(vehicle.name(), TravelMatrix.ofSeconds(seconds));
        }
        return new Matrices(matrices, estimated);
    }

    private static double[][] straightMeters(List<GeoPoint> points) {
        int n = points.size();
        double[][] meters = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                meters[i][j] = i == j ? 0 : points.get(i).metersTo(points.get(j)) * DETOUR;
            }
        }
        return meters;
    }

    private double[][] roadMeters(List<GeoPoint> points) {
        int n = points.size();
        double[][] meters = new double[n][n];
        for (int j = 0; j < n; j++) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i == j) {
                    continue;
                }
                String cached = cache(points.get(i), points.get(j)).get();
                if (cached != null) {
                    meters[i][j] = Double.parseDouble(cached);
                } else {
                    missing.add(i);
                }
            }
            for (int from = 0; from < missing.size(); from += 100) {
                List<Integer> batch = missing.subList(from, Math.min(missing.size(), from + 100));
                List<GeoPoint> origins = batch.stream().map(points::get).toList();
                for (AmapClient.Leg leg : amap.distances(origins, points.get(j), WALKING)) {
                    int i = batch.get(leg.originIndex());
                    meters[i][j] = leg.meters();
                    cache(points.get(i), points.get(j)).set(String.valueOf(leg.meters()), CACHE_TTL);
                }
            }
        }
        return meters;
    }

    private RBucket<String> cache(GeoPoint from, GeoPoint to) {
        return redisson.getBucket(String.format(Locale.ROOT, "taoshu:amap:walk:%.5f,%.5f>%.5f,%.5f",
                from.lat(), from.lng(), to.lat(), to.lng()), StringCodec.INSTANCE);
    }
}
