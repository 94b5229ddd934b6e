package com.taoshu.delivery.solver;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One planning run: a depot, the couriers available, the stops to serve and a travel-time matrix per travel profile
 * (all matrices indexed by the same location indices). Validated on construction; immutable.
 */
public record Problem(Depot depot, List<Vehicle> vehicles, List<Stop> stops, Map<String, TravelMatrix> matrices) {

    public Problem {
        Objects.requireNonNull(depot, "depot");
        vehicles = List.copyOf(vehicles);
        stops = List.copyOf(stops);
        matrices = Map.copyOf(matrices);
        if (matrices.isEmpty()) {
            throw new IllegalArgumentException("at least one travel matrix is needed");
        }
        int size = -1;
        for (var entry : matrices.entrySet()) {
            if (size >= 0 && entry.getValue().size() != size) {
                throw new IllegalArgumentException("all travel matrices must have the same size; " + entry.getKey() + " differs");
            }
            size = entry.getValue().size();
        }
        checkLocation("depot", depot.location(), size);
        Set<String> ids = new HashSet<>();
        for (Vehicle v : vehicles) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("duplicate vehicle id " + v.id());
            }
            if (!matrices.containsKey(v.profile())) {
                throw new IllegalArgumentException("vehicle " + v.id() + ": no travel matrix for profile " + v.profile());
            }
        }
        ids.clear();
        for (Stop s : stops) {
            if (!ids.add(s.id())) {
                throw new IllegalArgumentException("duplicate stop id " + s.id());
            }
            checkLocation("stop " + s.id(), s.location(), size);
        }
    }

    /** The common case: every courier travels with the same matrix. */
    public static Problem withOneProfile(Depot depot, List<Vehicle> vehicles, List<Stop> stops, String profile, TravelMatrix matrix) {
        return new Problem(depot, vehicles, stops, Map.of(profile, matrix));
    }

    public TravelMatrix matrixOf(Vehicle vehicle) {
        return matrices.get(vehicle.profile());
    }

    /** When a courier may leave the depot: the later of the depot opening and the shift start. */
    public double earliestDeparture(Vehicle vehicle) {
        return Math.max(depot.hours().start(), vehicle.shift().start());
    }

    /** When a courier must be back: the earlier of the depot closing and the shift end. */
    public double latestReturn(Vehicle vehicle) {
        return Math.min(depot.hours().end(), vehicle.shift().end());
    }

    private static void checkLocation(String what, int location, int size) {
        if (location >= size) {
            throw new IllegalArgumentException(what + ": location index " + location + " outside the matrix (size " + size + ")");
        }
    }
}
