package com.taoshu.delivery.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a {@link Solution} against the raw {@link Problem}, sharing no code with the solver: walks every route
 * from the depot, recomputing arrival, wait, service start, departure and bag load, and compares with what the
 * solution claims. Every stop must be routed exactly once or reported unassigned; every courier used at most once.
 */
final class FeasibilityChecker {

    static final double EPS = 1e-6;

    private FeasibilityChecker() {
    }

    /** Travel time and bag-load feasibility of one stop order for one courier, computed from scratch. */
    record Walk(boolean feasible, double travel, String violation) {
    }

    static Walk walk(Problem p, Vehicle v, List<Stop> order) {
        TravelMatrix m = p.matrices().get(v.profile());
        int bag = order.stream().mapToInt(Stop::deliveryLoad).sum();
        if (bag > v.capacity()) {
            return new Walk(false, 0, v.id() + ": leaves with " + bag + " books > capacity " + v.capacity());
        }
        double clock = Math.max(p.depot().hours().start(), v.shift().start());
        int here = p.depot().location();
        double travel = 0;
        for (Stop s : order) {
            double leg = m.time(here, s.location());
            travel += leg;
            double arrive = clock + leg;
            double open = s.window().start();
            double close = s.window().end();
            if (s.readerWindow().isPresent()) {
                open = Math.max(open, s.readerWindow().get().start());
                close = Math.min(close, s.readerWindow().get().end());
            }
            double begin = Math.max(arrive, open);
            if (begin > close + EPS) {
                return new Walk(false, travel, v.id() + ": stop " + s.id() + " starts at " + begin + " after its close " + close);
            }
            bag = bag - s.deliveryLoad() + s.pickupLoad();
            if (bag > v.capacity()) {
                return new Walk(false, travel, v.id() + ": " + bag + " books after stop " + s.id() + " > capacity " + v.capacity());
            }
            clock = begin + s.serviceSeconds();
            here = s.location();
        }
        double back = m.time(here, p.depot().location());
        travel += back;
        double home = clock + back;
        double latest = Math.min(p.depot().hours().end(), v.shift().end());
        if (home > latest + EPS) {
            return new Walk(false, travel, v.id() + ": back at " + home + " after " + latest);
        }
        return new Walk(true, travel, null);
    }

    /** All rule violations found; empty means feasible and consistent. */
    static List<String> violations(Problem p, Solution sol) {
        List<String> out = new ArrayList<>();
        Map<String, Stop> stops = new HashMap<>();
        p.stops().forEach(s -> stops.put(s.id(), s));
        Map<String, Vehicle> vehicles = new HashMap<>();
        p.vehicles().forEach(v -> vehicles.put(v.id(), v));
        Set<String> seen = new HashSet<>();
        Set<String> usedVehicles = new HashSet<>();
        double total = 0;
        for (Solution.Route r : sol.routes()) {
            Vehicle v = vehicles.get(r.vehicleId());
            if (v == null) {
                out.add("unknown vehicle " + r.vehicleId());
                continue;
            }
            if (!usedVehicles.add(v.id())) {
                out.add("vehicle used twice " + v.id());
            }
            if (r.visits().isEmpty()) {
                out.add("empty route reported for " + v.id());
            }
            List<Stop> order = new ArrayList<>();
            for (Solution.Visit visit : r.visits()) {
                Stop s = stops.get(visit.stopId());
                if (s == null) {
                    out.add("unknown stop " + visit.stopId());
                    continue;
                }
                if (!seen.add(s.id())) {
                    out.add("stop visited twice " + s.id());
                }
                order.add(s);
            }
            Walk w = walk(p, v, order);
            if (!w.feasible()) {
                out.add(w.violation());
            }
            total += w.travel();
            if (Math.abs(w.travel() - r.travelSeconds()) > EPS) {
                out.add(v.id() + ": claims travel " + r.travelSeconds() + ", is " + w.travel());
            }
            checkPlannedTimes(p, v, r, order, out);
        }
        for (Solution.Unassigned u : sol.unassigned()) {
            if (!stops.containsKey(u.stopId())) {
                out.add("unknown unassigned stop " + u.stopId());
            } else if (!seen.add(u.stopId())) {
                out.add("stop both routed and unassigned, or unassigned twice: " + u.stopId());
            }
        }
        for (String id : stops.keySet()) {
            if (!seen.contains(id)) {
                out.add("stop neither routed nor unassigned: " + id);
            }
        }
        if (Math.abs(total - sol.totalTravelSeconds()) > EPS * Math.max(1, total)) {
            out.add("claims total travel " + sol.totalTravelSeconds() + ", is " + total);
        }
        if (sol.vehiclesUsed() != sol.routes().size()) {
            out.add("claims " + sol.vehiclesUsed() + " vehicles, has " + sol.routes().size() + " routes");
        }
        return out;
    }

    /** The planned times must be a real schedule: each arrival follows the previous departure plus travel. */
    private static void checkPlannedTimes(Problem p, Vehicle v, Solution.Route r, List<Stop> order, List<String> out) {
        if (order.size() != r.visits().size()) {
            return;
        }
        TravelMatrix m = p.matrices().get(v.profile());
        double earliest = Math.max(p.depot().hours().start(), v.shift().start());
        if (r.departure() < earliest - EPS) {
            out.add(v.id() + ": leaves at " + r.departure() + " before " + earliest);
        }
        double clock = r.departure();
        int here = p.depot().location();
        int bag = order.stream().mapToInt(Stop::deliveryLoad).sum();
        if (bag != r.startLoad()) {
            out.add(v.id() + ": claims start load " + r.startLoad() + ", is " + bag);
        }
        for (int i = 0; i < order.size(); i++) {
            Stop s = order.get(i);
            Solution.Visit visit = r.visits().get(i);
            double arrive = clock + m.time(here, s.location());
            if (Math.abs(arrive - visit.arrival()) > EPS) {
                out.add(s.id() + ": planned arrival " + visit.arrival() + ", recomputed " + arrive);
            }
            if (visit.serviceStart() < arrive - EPS || visit.serviceStart() < s.window().start() - EPS
                    || visit.serviceStart() > s.window().end() + EPS) {
                out.add(s.id() + ": planned service start " + visit.serviceStart() + " outside arrival/window");
            }
            if (s.readerWindow().isPresent() && !s.readerWindow().get().contains(visit.serviceStart())) {
                out.add(s.id() + ": planned service start " + visit.serviceStart() + " outside the reader window");
            }
            if (Math.abs(visit.departure() - (visit.serviceStart() + s.serviceSeconds())) > EPS) {
                out.add(s.id() + ": departure is not start + service");
            }
            bag = bag - s.deliveryLoad() + s.pickupLoad();
            if (bag != visit.loadAfter()) {
                out.add(s.id() + ": claims load " + visit.loadAfter() + ", is " + bag);
            }
            clock = visit.departure();
            here = s.location();
        }
        double home = clock + m.time(here, p.depot().location());
        if (Math.abs(home - r.returnTime()) > EPS) {
            out.add(v.id() + ": claims return " + r.returnTime() + ", is " + home);
        }
    }
}
