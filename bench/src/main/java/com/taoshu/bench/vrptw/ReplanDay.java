package com.taoshu.bench.vrptw;

import com.taoshu.delivery.plan.RemainingRoute;
import com.taoshu.delivery.solver.JspritRouteSolver;
import com.taoshu.delivery.solver.JspritSettings;
import com.taoshu.delivery.solver.Problem;
import com.taoshu.delivery.solver.Solution;
import com.taoshu.delivery.solver.Stop;
import com.taoshu.delivery.solver.TimeWindow;
import com.taoshu.delivery.solver.TravelMatrix;
import com.taoshu.delivery.solver.Vehicle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Issue 17's measure: the {@link RealisticDay} slot where 10 % of the stops arrive after the couriers set off (late
 * approvals, uniformly until 11:00) and 5 % of the planned ones fail at the door. Late stops are inserted one by one,
 * at their arrival time, into the started route where they add least travel ({@link RemainingRoute}, as the planner's
 * {@code StartedRoutes} does: visited stops fixed, every later stop still on time, the bag within capacity, a new
 * delivery's books fetched at the branch on the way); one that fits nowhere and every failed stop go to the next slot
 * (15:00–17:00, planned by the solver; the reader's narrower window dropped, as a re-booking does).
 * <p>Compared in the same run with planning everything up front: all stops (late ones included) in the morning plan,
 * the failed ones retried in the afternoon. A courier the morning plan left at the branch may set off with a late stop
 * (the planner's solver gets free couriers first). Simplification against the dynamic plan: a courier between two
 * stops is taken to be still at the last one at the arrival time.
 */
final class ReplanDay {

    static final double NEXT_SLOT_START = 15 * 3600;
    static final double NEXT_SLOT_END = 17 * 3600;
    static final double LAST_ARRIVAL = 11 * 3600;
    /** Departure of a courier still at the branch: leaves when given a stop. */
    static final double IDLE = -1;

    private ReplanDay() {
    }

    /** One stop of a route as simulated: its solver stop, whether its books come from the branch, when service starts. */
    private static final class Leg {
        final Stop stop;
        final boolean viaBranch;
        double start;

        Leg(Stop stop, boolean viaBranch, double start) {
            this.stop = stop;
            this.viaBranch = viaBranch;
            this.start = start;
        }
    }

    private record SimRoute(Vehicle vehicle, double departure, List<Leg> legs) {
    }

    static void run(JspritSettings settings, Duration limit, long seed, int stopCount, int couriers) {
        long began = System.nanoTime();
        Problem day = RealisticDay.build(seed, stopCount, couriers);
        Random r = new Random(seed * 7919 + 17);
        List<Stop> shuffled = new ArrayList<>(day.stops());
        Collections.shuffle(shuffled, r);
        int lateCount = Math.round(stopCount * 0.10f);
        int failCount = Math.round(stopCount * 0.05f);
        List<Stop> late = shuffled.subList(0, lateCount);
        Set<String> lateIds = new HashSet<>(late.stream().map(Stop::id).toList());
        Set<String> failIds = new HashSet<>(shuffled.subList(lateCount, lateCount + failCount).stream().map(Stop::id).toList());
        Map<String, Stop> byId = new HashMap<>();
        day.stops().forEach(s -> byId.put(s.id(), s));
        JspritRouteSolver solver = new JspritRouteSolver(settings);

        // ---- everything known up front
        Solution upFront = solver.solve(day, limit);
        List<Stop> upFrontRetries = new ArrayList<>();
        upFront.unassigned().forEach(u -> upFrontRetries.add(byId.get(u.stopId())));
        failIds.forEach(id -> upFrontRetries.add(byId.get(id)));
        Solution upFrontNext = solveNext(solver, day, upFrontRetries, limit);

        // ---- the day as it happens: plan without the late stops, insert them into routes under way
        List<Stop> early = day.stops().stream().filter(s -> !lateIds.contains(s.id())).toList();
        Solution plan = solver.solve(new Problem(day.depot(), day.vehicles(), early, day.matrices()), limit);
        Map<String, Vehicle> vehicles = new HashMap<>();
        day.vehicles().forEach(v -> vehicles.put(v.id(), v));
        List<SimRoute> routes = new ArrayList<>();
        for (Solution.Route route : plan.routes()) {
            if (route.visits().isEmpty()) {
                continue;
            }
            List<Leg> legs = new ArrayList<>();
            route.visits().forEach(v -> legs.add(new Leg(byId.get(v.stopId()), false, v.serviceStart())));
            routes.add(new SimRoute(vehicles.get(route.vehicleId()), route.departure(), legs));
        }
        // couriers the morning plan left at the branch set off when a late stop needs them (as the planner's solver
        // gives late jobs to free couriers before routes under way)
        Set<String> used = new HashSet<>(routes.stream().map(rt -> rt.vehicle().id()).toList());
        day.vehicles().stream().filter(v -> !used.contains(v.id()))
                .forEach(v -> routes.add(new SimRoute(v, IDLE, new ArrayList<>())));
        List<Stop> nextSlot = new ArrayList<>();
        plan.unassigned().forEach(u -> nextSlot.add(byId.get(u.stopId())));
        double firstDeparture = routes.stream().mapToDouble(SimRoute::departure).filter(d -> d != IDLE).min()
                .orElse(10 * 3600.0);
        List<double[]> arrivals = new ArrayList<>(); // {time, index in late}
        for (int i = 0; i < late.size(); i++) {
            arrivals.add(new double[] {firstDeparture + r.nextDouble() * (LAST_ARRIVAL - firstDeparture), i});
        }
        arrivals.sort((a, b) -> Double.compare(a[0], b[0]));
        int inserted = 0;
        for (double[] arrival : arrivals) {
            Stop stop = late.get((int) arrival[1]);
            if (insert(day, routes, stop, arrival[0], failIds)) {
                inserted++;
            } else {
                nextSlot.add(stop);
            }
        }
        failIds.forEach(id -> nextSlot.add(byId.get(id)));
        Solution dynamicNext = solveNext(solver, day, nextSlot, limit);

        double dynamicMorning = 0;
        int overWindow = 0;
        for (SimRoute route : routes) {
            dynamicMorning += travel(day.matrixOf(route.vehicle()), route.legs());
            for (Leg leg : route.legs()) {
                if (leg.start > window(leg.stop)[1] + 1) {
                    overWindow++;
                }
            }
        }
        double upFrontTotal = upFront.totalTravelSeconds() + upFrontNext.totalTravelSeconds();
        double dynamicTotal = dynamicMorning + dynamicNext.totalTravelSeconds();
        long couriersOut = routes.stream().filter(rt -> !rt.legs().isEmpty()).count();
        int servedInSlot = routes.stream().mapToInt(rt -> rt.legs().size()).sum() - failIds.size();
        int servedNext = nextSlot.size() - dynamicNext.unassigned().size();
        System.out.printf(Locale.ROOT, "replan-day: %d stops, %d couriers, seed %d: %d arrive after set-off (until 11:00), "
                + "%d fail at the door; morning plan without the late stops %.1f min%n", stopCount, couriers, seed, lateCount,
                failCount, plan.totalTravelSeconds() / 60);
        System.out.printf(Locale.ROOT, "  late stops inserted=%d (couriers out: %d planned + %d sent from the branch), to the "
                        + "next slot=%d; failed to the next slot=%d; stops over their window=%d%n", inserted, used.size(),
                couriersOut - used.size(), lateCount - inserted, failCount, overWindow);
        System.out.printf(Locale.ROOT, "served_in_slot=%d served_next_slot=%d unserved=%d of %d  travel_minutes: up_front=%.1f"
                        + "+%.1f dynamic=%.1f+%.1f extra=%+.1f%% (slot alone %+.1f%%) seconds=%.1f%n",
                servedInSlot, servedNext, dynamicNext.unassigned().size(), stopCount,
                upFront.totalTravelSeconds() / 60, upFrontNext.totalTravelSeconds() / 60, dynamicMorning / 60,
                dynamicNext.totalTravelSeconds() / 60, 100 * (dynamicTotal / upFrontTotal - 1),
                100 * (dynamicMorning / upFront.totalTravelSeconds() - 1), (System.nanoTime() - began) / 1e9);
    }

    /** The stop into the route under way where it adds least travel at {@code now}; false when it fits on none. */
    private static boolean insert(Problem day, List<SimRoute> routes, Stop stop, double now, Set<String> failIds) {
        SimRoute bestRoute = null;
        int bestVisited = 0;
        RemainingRoute.Insertion best = null;
        for (SimRoute route : routes) {
            List<Leg> legs = route.legs();
            int visited = 0;
            while (visited < legs.size() && legs.get(visited).start + legs.get(visited).stop.serviceSeconds() <= now) {
                visited++;
            }
            boolean idle = route.departure() == IDLE && legs.isEmpty();
            if (visited == legs.size() && !idle) {
                continue; // back at the branch or on the way: the route is done
            }
            int from = 0;
            double leaves = Math.max(now, route.departure());
            int inBag = 0; // collected since the last reload, plus failed deliveries' books (they ride back)
            for (int i = 0; i < visited; i++) {
                Leg leg = legs.get(i);
                if (leg.viaBranch) {
                    inBag = 0;
                }
                inBag += leg.stop.pickupLoad() + (failIds.contains(leg.stop.id()) ? leg.stop.deliveryLoad() : 0);
                from = leg.stop.location();
                leaves = Math.max(now, leg.start + leg.stop.serviceSeconds());
            }
            RemainingRoute remaining = new RemainingRoute(day.matrixOf(route.vehicle()), from, leaves,
                    route.vehicle().capacity(), inBag, route.vehicle().shift().end());
            if (idle) {
                remaining = new RemainingRoute(day.matrixOf(route.vehicle()), 0, now, route.vehicle().capacity(), 0,
                        route.vehicle().shift().end());
            }
            List<RemainingRoute.Node> nodes = new ArrayList<>();
            for (int i = visited; i < legs.size(); i++) {
                nodes.add(node(legs.get(i).stop, legs.get(i).viaBranch, legs.get(i).start));
            }
            // a new delivery's books are at the branch: fetched on the way, or taken along by a courier leaving now
            Optional<RemainingRoute.Insertion> insertion = remaining.cheapest(nodes,
                    node(stop, stop.deliveryLoad() > 0 && !idle, Double.NaN));
            if (insertion.isPresent() && (best == null || insertion.get().extraTravelSeconds() < best.extraTravelSeconds())) {
                best = insertion.get();
                bestRoute = route;
                bestVisited = visited;
            }
        }
        if (best == null) {
            return false;
        }
        List<Leg> legs = bestRoute.legs();
        List<Leg> rest = new ArrayList<>(legs.subList(bestVisited, legs.size()));
        rest.add(best.position(), new Leg(stop, best.node().viaBranch(), 0));
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).start = best.schedule().starts()[i];
        }
        legs.subList(bestVisited, legs.size()).clear();
        legs.addAll(rest);
        return true;
    }

    private static RemainingRoute.Node node(Stop stop, boolean viaBranch, double currentStart) {
        double[] w = window(stop);
        return new RemainingRoute.Node(stop.location(), w[0], w[1], stop.serviceSeconds(), stop.deliveryLoad(),
                stop.pickupLoad(), viaBranch, currentStart);
    }

    private static double[] window(Stop stop) {
        TimeWindow w = stop.effectiveWindow().orElse(stop.window());
        return new double[] {w.start(), w.end()};
    }

    /** The route as ridden: from the branch, through the branch before a stop whose books were fetched, back. */
    private static double travel(TravelMatrix m, List<Leg> legs) {
        int at = 0;
        double total = 0;
        for (Leg leg : legs) {
            if (leg.viaBranch) {
                total += m.time(at, 0);
                at = 0;
            }
            total += m.time(at, leg.stop.location());
            at = leg.stop.location();
        }
        return total + m.time(at, 0);
    }

    /** The afternoon slot for re-booked stops: same doors and couriers, 15:00–17:00, no narrower windows. */
    private static Solution solveNext(JspritRouteSolver solver, Problem day, List<Stop> stops, Duration limit) {
        return stops.isEmpty() ? new Solution(List.of(), List.of(), 0, 0) : solver.solve(nextSlot(day, stops), limit);
    }

    private static Problem nextSlot(Problem day, List<Stop> stops) {
        TimeWindow slot = TimeWindow.of(NEXT_SLOT_START, NEXT_SLOT_END);
        List<Stop> moved = stops.stream().map(s -> new Stop(s.id(), s.location(), slot, Optional.empty(), s.serviceSeconds(),
                s.deliveryLoad(), s.pickupLoad())).toList();
        TimeWindow shift = TimeWindow.of(NEXT_SLOT_START - 1800, NEXT_SLOT_END + 1800);
        List<Vehicle> fleet = day.vehicles().stream().map(v -> new Vehicle(v.id(), v.capacity(), shift, v.profile(),
                v.fixedCost())).toList();
        return new Problem(day.depot(), fleet, moved, day.matrices());
    }
}
