package com.taoshu.testsupport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AMap web service as our code uses it, with AMap's real JSON: {@code /v3/geocode/geo}. Addresses registered with
 * {@link #place} geocode to that point; an address containing "查无此地" returns count 0; "配额" answers the
 * daily-quota error (status 0, infocode 10003); "宕机" answers HTTP 502.
 */
public class FakeAmap extends FakeHttpServer {

    public static final String KEY = "amap-test-key";

    private final Map<String, double[]> places = new ConcurrentHashMap<>();

    public FakeAmap() {
        on("/v3/geocode/geo", r -> geocode(r.param("address"), r.param("key")));
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
