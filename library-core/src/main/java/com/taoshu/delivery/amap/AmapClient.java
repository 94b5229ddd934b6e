package com.taoshu.delivery.amap;

import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.shared.redis.RateLimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AMap web-service API over OkHttp: geocoding v3 ({@code /v3/geocode/geo}) and the distance matrix v3 ({@code /v3/distance}). Requests are signed when a secret is
 * configured ({@code sig = md5(sorted params + secret)}) and throttled cluster-wide to the key's QPS through a Redis
 * rate limiter ({@link RateLimit}: set up again before each call, so a Redis that lost it does not break the map).
 * AMap answers HTTP 200 with {@code status "0"} and an {@code infocode} on errors.
 */
@Component
@EnableConfigurationProperties(AmapProperties.class)
public class AmapClient {

    private static final Logger log = LoggerFactory.getLogger(AmapClient.class);

    private final AmapProperties properties;
    private final OkHttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RRateLimiter limiter;
    private final RateLimit rate;

    public AmapClient(AmapProperties properties, RedissonClient redisson) {
        this.properties = properties;
        this.http = new OkHttpClient.Builder()
                .callTimeout(properties.timeout())
                .connectTimeout(properties.timeout())
                .readTimeout(properties.timeout())
                .build();
        this.limiter = redisson.getRateLimiter("taoshu:amap:qps");
        this.rate = RateLimit.of(properties.qps(), Duration.ofSeconds(1));
        if (!configured()) {
            log.warn("no AMap key (TAOSHU_AMAP_KEY): readers save addresses by picking them on the map (text is not "
                    + "geocoded) and dispatch plans with straight-line travel-time estimates");
        }
    }

    public record Geocode(GeoPoint point, String formattedAddress, String region, String level) {
    }

    /** The best match for an address in the configured city; empty when AMap cannot place it. */
    public Optional<Geocode> geocode(String address) {
        JsonNode body = get("/v3/geocode/geo", Map.of("address", address, "city", properties.city()));
        JsonNode geocodes = body.path("geocodes");
        if (!geocodes.isArray() || geocodes.isEmpty()) {
            return Optional.empty();
        }
        JsonNode first = geocodes.get(0);
        String location = first.path("location").asString("");
        String[] parts = location.split(",");
        if (parts.length != 2) {
            return Optional.empty();
        }
        GeoPoint point = new GeoPoint(Double.parseDouble(parts[1]), Double.parseDouble(parts[0]));
        String region = text(first, "province") + text(first, "city") + text(first, "district");
        return Optional.of(new Geocode(point, text(first, "formatted_address"), region, text(first, "level")));
    }

    /** One origin→destination measure from the distance API: metres along the way, seconds it takes. */
    public record Leg(int originIndex, double meters, double seconds) {
    }

    /**
     * AMap distance v3 from up to 100 origins to one destination. {@code type} 0 straight line, 1 driving, 3 walking.
     * Legs come back in origin order; AMap reports an origin it cannot route with an {@code info} instead of numbers.
     */
    public List<Leg> distances(List<GeoPoint> origins, GeoPoint destination, int type) {
        if (origins.isEmpty() || origins.size() > 100) {
            throw new IllegalArgumentException("AMap distance takes 1 to 100 origins, got " + origins.size());
        }
        String joined = origins.stream().map(AmapClient::lngLat).reduce((a, b) -> a + "|" + b).orElseThrow();
        JsonNode body = get("/v3/distance", Map.of("origins", joined, "destination", lngLat(destination),
                "type", String.valueOf(type)));
        List<Leg> legs = new java.util.ArrayList<>();
        for (JsonNode result : body.path("results")) {
            int origin = Integer.parseInt(result.path("origin_id").asString("0")) - 1;
            String distance = result.path("distance").asString("");
            String duration = result.path("duration").asString("");
            if (origin < 0 || distance.isEmpty()) {
                throw DeliveryErrorCode.MAP_UNAVAILABLE.exception();
            }
            legs.add(new Leg(origin, Double.parseDouble(distance), duration.isEmpty() ? 0 : Double.parseDouble(duration)));
        }
        if (legs.size() != origins.size()) {
            throw DeliveryErrorCode.MAP_UNAVAILABLE.exception();
        }
        return legs;
    }

    public boolean configured() {
        return properties.key() != null && !properties.key().isBlank();
    }

    private static String lngLat(GeoPoint p) {
        return String.format(java.util.Locale.ROOT, "%.6f,%.6f", p.lng(), p.lat());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : ""; // AMap sends [] for missing fields
    }

    JsonNode get(String path, Map<String, String> params) {
        if (!configured()) {
            // for the operator only: readers are asked to pick the place on the map instead (AddressService)
            log.warn("AMap {} not called: no key configured (TAOSHU_AMAP_KEY)", path);
            throw DeliveryErrorCode.MAP_UNAVAILABLE.exception();
        }
        rate.acquire(limiter); // set up again if Redis lost it (restart, failover, flush): never "not initialized"
        TreeMap<String, String> all = new TreeMap<>(params);
        all.put("key", properties.key());
        all.put("output", "JSON");
        HttpUrl.Builder url = HttpUrl.get(properties.baseUrl() + path).newBuilder();
        all.forEach(url::addQueryParameter);
        if (properties.secret() != null && !properties.secret().isBlank()) {
            url.addQueryParameter("sig", sign(all, properties.secret()));
        }
        try (Response response = http.newCall(new Request.Builder().url(url.build()).get().build()).execute()) {
            if (!response.isSuccessful()) {
                log.warn("AMap {} answered HTTP {}", path, response.code());
                throw DeliveryErrorCode.MAP_UNAVAILABLE.exception();
            }
            JsonNode body = json.readTree(response.body().string());
            if (!"1".equals(body.path("status").asString(""))) {
                log.warn("AMap {} refused: infocode={} info={}", path, body.path("infocode").asString(""), body.path("info").asString(""));
                throw DeliveryErrorCode.MAP_UNAVAILABLE.exception();
            }
            return body;
        } catch (IOException e) {
            log.warn("AMap {} unreachable: {}", path, e.getMessage());
            throw DeliveryErrorCode.MAP_UNAVAILABLE.exception();
        }
    }

    static String sign(TreeMap<String, String> params, String secret) {
        StringBuilder raw = new StringBuilder();
        params.forEach((k, v) -> raw.append(raw.isEmpty() ? "" : "&").append(k).append('=').append(v));
        raw.append(secret);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(raw.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
