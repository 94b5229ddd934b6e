package com.taoshu.bench.vrptw;

import com.taoshu.delivery.solver.Depot;
import com.taoshu.delivery.solver.JspritRouteSolver;
import com.taoshu.delivery.solver.JspritSettings;
import com.taoshu.delivery.solver.Problem;
import com.taoshu.delivery.solver.Solution;
import com.taoshu.delivery.solver.Stop;
import com.taoshu.delivery.solver.TimeWindow;
import com.taoshu.delivery.solver.TravelMatrix;
import com.taoshu.delivery.solver.UnassignedReason;
import com.taoshu.delivery.solver.Vehicle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A realistic Taoshu slot: one branch in central Changsha (长沙, near 五一广场), readers spread over a 2.5 km radius,
 * one 2-hour slot 10:00–12:00, couriers on e-bikes (15 km/h, bag 40) and on foot (4.5 km/h, bag 20), shifts
 * 09:30–12:30. Travel = haversine × 1.35 detour (the planner's AMap fallback). 70 % deliveries (1–3 books),
 * 15 % return pickups (1–4), 15 % both at one visit; 20 % of readers narrow the slot to a half hour. Service
 * 90 s + 15 s per book. Seeded, so every run plans the same day.
 */
final class RealisticDay {

    private static final double BRANCH_LAT = 28.1960;
    private static final double BRANCH_LON = 112.9770;
    private static final double RADIUS_M = 2_500;
    private static final double DETOUR = 1.35;
    private static final double EBIKE_MPS = 15 / 3.6;
    private static final double WALK_MPS = 4.5 / 3.6;
    private static final double SLOT_START = 10 * 3600;
    private static final double SLOT_END = 12 * 3600;

    private RealisticDay() {
    }

    static Problem build(long seed, int stopCount, int couriers) {
        Random r = new Random(seed);
        int n = stopCount + 1;
        double[] lat = new double[n];
        double[] lon = new double[n];
        lat[0] = BRANCH_LAT;
        lon[0] = BRANCH_LON;
        for (int i = 1; i < n; i++) {
            double dist = RADIUS_M * Math.sqrt(r.nextDouble());
            double bearing = 2 * Math.PI * r.nextDouble();
            lat[i] = BRANCH_LAT + dist * Math.cos(bearing) / 111_320.0;
            lon[i] = BRANCH_LON + dist * Math.sin(bearing) / (111_320.0 * Math.cos(Math.toRadians(BRANCH_LAT)));
        }
        double[][] ebike = new double[n][n];
        double[][] walk = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double metres = haversineMetres(lat[a], lon[a], lat[b], lon[b]) * DETOUR;
                ebike[a][b] = metres / EBIKE_MPS;
                walk[a][b] = metres / WALK_MPS;
            }
        }
        TimeWindow slot = TimeWindow.of(SLOT_START, SLOT_END);
        TimeWindow shift = TimeWindow.of(SLOT_START - 1800, SLOT_END + 1800);
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            double kind = r.nextDouble();
            int delivery = kind < 0.70 || kind >= 0.85 ? 1 + r.nextInt(3) : 0;
            int pickup = kind >= 0.70 ? 1 + r.nextInt(4) : 0;
            Optional<TimeWindow> readerWindow = Optional.empty();
            if (r.nextDouble() < 0.2) {
                double start = SLOT_START + 1800 * r.nextInt(4);
                readerWindow = Optional.of(TimeWindow.of(start, start + 1800));
            }
            stops.add(new Stop("r" + i, i, slot, readerWindow, 90 + 15 * (delivery + pickup), delivery, pickup));
        }
        List<Vehicle> fleet = new ArrayList<>();
        int walkers = couriers / 5;
        for (int c = 0; c < couriers; c++) {
            boolean onFoot = c < walkers;
            fleet.add(Vehicle.of((onFoot ? "walk-" : "ebike-") + c, onFoot ? 20 : 40, shift, onFoot ? "walk" : "ebike"));
        }
        return new Problem(new Depot(0, TimeWindow.of(8 * 3600, 18 * 3600)), fleet, stops,
                Map.of("ebike", TravelMatrix.ofSeconds(ebike), "walk", TravelMatrix.ofSeconds(walk)));
    }

    static void run(JspritSettings settings, Duration limit, long seed, int stopCount, int couriers, String out) throws Exception {
        Problem problem = build(seed, stopCount, couriers);
        long started = System.nanoTime();
        Solution s = new JspritRouteSolver(settings).solve(problem, limit);
        double took = (System.nanoTime() - started) / 1e9;
        Map<UnassignedReason, Integer> reasons = new EnumMap<>(UnassignedReason.class);
        s.unassigned().forEach(u -> reasons.merge(u.reason(), 1, Integer::sum));
        int planned = s.routes().stream().mapToInt(r -> r.visits().size()).sum();
        int maxLoad = s.routes().stream().flatMap(r -> r.visits().stream()).mapToInt(Solution.Visit::loadAfter).max().orElse(0);
        maxLoad = Math.max(maxLoad, s.routes().stream().mapToInt(Solution.Route::startLoad).max().orElse(0));
        double lastBack = s.routes().stream().mapToDouble(Solution.Route::returnTime).max().orElse(0);
        System.out.printf(Locale.ROOT, "day: %d stops, %d couriers, slot 10:00-12:00, seed %d%n", stopCount, couriers, seed);
        for (Solution.Route r : s.routes()) {
            System.out.printf(Locale.ROOT, "  %-8s stops=%3d travel=%5.1f min leave=%s back=%s start load=%d%n", r.vehicleId(),
                    r.visits().size(), r.travelSeconds() / 60, clock(r.departure()), clock(r.returnTime()), r.startLoad());
        }
        System.out.printf(Locale.ROOT, "planned=%d unassigned=%d %s vehicles=%d travel_minutes=%.1f max_bag=%d last_back=%s seconds=%.2f%n",
                planned, s.unassigned().size(), reasons, s.vehiclesUsed(), s.totalTravelSeconds() / 60, maxLoad, clock(lastBack), took);
        if (out != null) {
            StringBuilder b = new StringBuilder("{\"routes\": [");
            for (int i = 0; i < s.routes().size(); i++) {
                b.append(i == 0 ? "" : ", ").append('[');
                List<String> ids = s.routes().get(i).stopIds();
                for (int k = 0; k < ids.size(); k++) {
                    b.append(k == 0 ? "" : ", ").append('"').append(ids.get(k)).append('"');
                }
                b.append(']');
            }
            Files.writeString(Path.of(out), b.append("]}\n").toString(), StandardCharsets.UTF_8);
        }
    }

    private static String clock(double seconds) {
        int m = (int) Math.round(seconds / 60);
        return String.format(Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    private static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
    }
}
