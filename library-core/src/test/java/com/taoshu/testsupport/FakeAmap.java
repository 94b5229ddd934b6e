package com.taoshu.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * AMap web service as our code uses it, with AMap's real JSON: {@code /v3/geocode/geo}. Addresses registered with
 * {@link #place} geocode to that point; an address containing "查无此地" returns count 0; "配额" answers the
 * daily-quota error (status 0, infocode 10003); "宕机" answers HTTP 502.
 */
public class FakeAmap extends FakeHttpServer {

    public static final String KEY = "amap-test-key";

    private final Map<String, double[]> places = new ConcurrentHashMap<>();

    private volatile boolean distanceDown;
    private volatile CountDownLatch distanceHold;

    public FakeAmap() {
        on("/v3/geocode/geo", r -> geocode(r.param("address"), r.param("key")));
        on("/v3/distance", r -> distance(r.param("origins"), r.param("destination")));
    }

    /** While down, the distance API answers AMap's quota error (status 0, infocode 10003). */
    public void distanceDown(boolean down) {
        distanceDown = down;
    }

    /**
     * Until {@code release} counts down (30 s at most), distance requests wait before answering: a test acts while a
     * plan is under way (the request is recorded before it waits). {@code null}: answer at once again.
     */
    public void holdDistance(CountDownLatch release) {
        distanceHold = release;
    }

    /** Walking distance = straight line × 1.25, 1.2 m/s, for each origin ("lng,lat|lng,lat") to the destination. */
    private Response distance(String origins, String destination) {
        CountDownLatch hold = distanceHold;
        if (hold != null) {
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (distanceDown) {
            return Response.json("{\"status\":\"0\",\"info\":\"DAILY_QUERY_OVER_LIMIT\",\"infocode\":\"10003\"}");
        }
        String[] to = destination.split(",");
        StringBuilder results = new StringBuilder();
        String[] from = origins.split("\\|");
        for (int i = 0; i < from.length; i++) {
            String[] o = from[i].split(",");
            double meters = haversine(Double.parseDouble(o[1]), Double.parseDouble(o[0]), Double.parseDouble(to[1]),
                    Double.parseDouble(to[0])) * 1.25;
            results.append(i == 0 ? "" : ",").append("{\"origin_id\":\"").append(i + 1).append("\",\"dest_id\":\"1\",\"distance\":\"")
                    .append(Math.round(meters)).append("\",\"duration\":\"").append(Math.round(meters / 1.2)).append("\"}");
        }
        return Response.json("{\"status\":\"1\",\"info\":\"OK\",\"infocode\":\"10000\",\"count\":\"" + from.length
                + "\",\"results\":[" + results + "]}");
    }

    private static double haversine(double lat1, double lng1, double lat2, double lng2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLng = Math.toRadians(lng2 - lng1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
    }

    public FakeAmap place(String address, double lat, double lng) {
        places.put(address, new double[] {lat, lng});
        return this;
    }

    private Response geocode(String address, String key) {
        if (!KEY.equals(key)) {
            return Response.json("{\"status\":\"0\",\"info\":\"INVALID_USER_KEY\",\"infocode\":\"10001\"}");
        }
        if (address == null || address.contains("查无此地")) {
            return Response.json("{\"status\":\"1\",\"info\":\"OK\",\"infocode\":\"10000\",\"count\":\"0\",\"geocodes\":[]}");
        }
        if (address.contains("配额")) {
            return Response.json("{\"status\":\"0\",\"info\":\"DAILY_QUERY_OVER_LIMIT\",\"infocode\":\"10003\"}");
        }
        if (address.contains("宕机")) {
            return new Response(502, "<html>502 Bad Gateway</html>");
        }
        double[] point = places.getOrDefault(address, new double[] {28.2282, 112.9388});
        return Response.json("""
                {"status":"1","info":"OK","infocode":"10000","count":"1","geocodes":[{"formatted_address":"湖南省长沙市岳麓区%s",
                "country":"中国","province":"湖南省","citycode":"0731","city":"长沙市","district":"岳麓区","township":[],
                "neighborhood":{"name":[],"type":[]},"building":{"name":[],"type":[]},"adcode":"430104","street":[],"number":[],
                "location":"%.6f,%.6f","level":"门牌号"}]}""".formatted(address, point[1], point[0]));
    }
}
