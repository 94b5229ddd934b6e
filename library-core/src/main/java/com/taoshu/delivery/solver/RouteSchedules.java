package com.taoshu.delivery.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Times and loads along a given stop order for a given courier: the planned schedule the solver hands out. */
final class RouteSchedules {

    private RouteSchedules() {
    }

    /** The schedule of {@code stops} in this order, or empty when it breaks a window, the shift or the bag capacity. */
    static Optional<Solution.Route> schedule(Problem problem, Vehicle vehicle, List<Stop> stops) {
        TravelMatrix matrix = problem.matrixOf(vehicle);
        int load = 0;
        for (Stop s : stops) {
            load += s.deliveryLoad();
        }
        int startLoad = load;
        if (startLoad > vehicle.capacity()) {
            return Optional.empty();
        }
        double earliest = problem.earliestDeparture(vehicle);
        double time = earliest;
        int at = problem.depot().location();
        double travel = 0;
        List<Solution.Visit> visits = new ArrayList<>(stops.size());
        for (Stop s : stops) {
            TimeWindow window = s.effectiveWindow().orElse(null);
            if (window == null) {
                return Optional.empty();
            }
            double leg = matrix.time(at, s.location());
            travel += leg;
            double arrival = time + leg;
            double start = Math.max(arrival, window.start());
            if (start > window.end()) {
                return Optional.empty();
            }
            load += s.pickupLoad() - s.deliveryLoad();
            if (load > vehicle.capacity()) {
                return Optional.empty();
            }
            time = start + s.serviceSeconds();
            visits.add(new Solution.Visit(s.id(), arrival, start, time, load));
            at = s.location();
        }
        double back = matrix.time(at, problem.depot().location());
        travel += back;
        double returnTime = time + back;
        if (returnTime > problem.latestReturn(vehicle)) {
            return Optional.empty();
        }
        // leave as late as the first stop allows (no waiting at the door); nothing after it moves
        double departure = earliest;
        if (!visits.isEmpty()) {
            Solution.Visit first = visits.getFirst();
            double latestLeave = first.serviceStart() - matrix.time(problem.depot().location(), stops.getFirst().location());
            if (latestLeave > earliest) {
                departure = latestLeave;
                visits.set(0, new Solution.Visit(first.stopId(), first.serviceStart(), first.serviceStart(), first.departure(), first.loadAfter()));
            }
        }
        return Optional.of(new Solution.Route(vehicle.id(), departure, visits, returnTime, travel, startLoad));
    }

    /** Why a stop cannot be served even alone by any courier, or empty when some courier could serve it alone. */
    static Optional<UnassignedReason> aloneInfeasibility(Problem problem, Stop stop) {
        if (problem.vehicles().isEmpty()) {
            return Optional.of(UnassignedReason.NO_VEHICLE);
        }
        boolean fitsSomeBag = false;
        for (Vehicle v : problem.vehicles()) {
            if (Math.max(stop.deliveryLoad(), stop.pickupLoad()) > v.capacity()) {
                continue;
            }
            fitsSomeBag = true;
            if (schedule(problem, v, List.of(stop)).isPresent()) {
                return Optional.empty();
            }
        }
        return Optional.of(fitsSomeBag ? UnassignedReason.TIME_WINDOW : UnassignedReason.CAPACITY);
    }
}
