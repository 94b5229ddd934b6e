package com.taoshu.delivery.plan;

import com.taoshu.delivery.Courier;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.solver.TravelMatrix;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Travel times between a branch and its stops, one matrix per vehicle profile. Straight-line distance × a detour
 * factor at the vehicle's speed; the plan is marked "estimated". (Road times from AMap's distance API, cached per
 * pair in Redis, replace these where a key is configured — see the delivery issue's notes.)
 */
@Component
public class TravelTimes {

    static final double DETOUR = 1.35;

    public record Matrices(Map<String, TravelMatrix> byProfile, boolean estimated) {
    }

    public Matrices between(List<GeoPoint> points) {
        int n = points.size();
        Map<String, TravelMatrix> matrices = new HashMap<>();
        for (Courier.Vehicle vehicle : Courier.Vehicle.values()) {
            double[][] seconds = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    seconds[i][j] = i == j ? 0 : points.get(i).metersTo(points.get(j)) * DETOUR / vehicle.metersPerSecond();
                }
            }
            matrices.put(vehicle.name(), TravelMatrix.ofSeconds(seconds));
        }
        return new Matrices(matrices, true);
    }
}
