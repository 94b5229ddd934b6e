package com.taoshu.delivery.solver;

import java.util.List;

/**
 * The plan: one route per courier used, stops that could not be planned with their reason, and totals.
 * Times are plan seconds like the problem's; {@code totalTravelSeconds} is the objective's first level.
 */
public record Solution(List<Route> routes, List<Unassigned> unassigned, double totalTravelSeconds, int vehiclesUsed) {

    public Solution {
        routes = List.copyOf(routes);
        unassigned = List.copyOf(unassigned);
    }

    static Solution of(List<Route> routes, List<Unassigned> unassigned) {
        double travel = routes.stream().mapToDouble(Route::travelSeconds).sum();
        return new Solution(routes, unassigned, travel, routes.size());
    }

    /** A courier's route: leave the depot, serve the visits in order, come back. */
    public record Route(String vehicleId, double departure, List<Visit> visits, double returnTime, double travelSeconds,
                        int startLoad) {

        public Route {
            visits = List.copyOf(visits);
        }

        public List<String> stopIds() {
            return visits.stream().map(Visit::stopId).toList();
        }
    }

    /** Planned times at one stop and the books in the bag when leaving it. */
    public record Visit(String stopId, double arrival, double serviceStart, double departure, int loadAfter) {
    }

    public record Unassigned(String stopId, UnassignedReason reason) {
    }
}
