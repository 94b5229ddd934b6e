package com.taoshu.delivery.solver;

import java.util.ArrayList;
import java.util.List;

/**
 * The optimum of a tiny problem by enumeration (≤ 8 stops): every order of the stops, cut into consecutive pieces,
 * each piece given to a distinct courier in every possible way. Objective as the solver's: least travel, then
 * fewest couriers, all stops served. Uses {@link FeasibilityChecker#walk} only.
 */
final class BruteForce {

    record Optimum(double travel, int vehicles) {
    }

    private final Problem problem;
    private double bestTravel = Double.POSITIVE_INFINITY;
    private int bestVehicles = Integer.MAX_VALUE;

    private BruteForce(Problem problem) {
        this.problem = problem;
    }

    static Optimum optimum(Problem problem) {
        if (problem.stops().size() > 8) {
            throw new IllegalArgumentException("brute force is for at most 8 stops");
        }
        BruteForce b = new BruteForce(problem);
        b.permute(new ArrayList<>(problem.stops()), 0);
        return new Optimum(b.bestTravel, b.bestVehicles);
    }

    private void permute(List<Stop> stops, int k) {
        if (k == stops.size()) {
            split(stops, 0, new boolean[problem.vehicles().size()], 0, 0);
            return;
        }
        for (int i = k; i < stops.size(); i++) {
            java.util.Collections.swap(stops, k, i);
            permute(stops, k + 1);
            java.util.Collections.swap(stops, k, i);
        }
    }

    /** Identical couriers are interchangeable: trying the first unused one of a kind is enough. */
    private boolean sameAsAnUnusedEarlierCourier(int v, boolean[] used) {
        Vehicle a = problem.vehicles().get(v);
        for (int u = 0; u < v; u++) {
            Vehicle b = problem.vehicles().get(u);
            if (!used[u] && a.capacity() == b.capacity() && a.shift().equals(b.shift()) && a.profile().equals(b.profile())
                    && a.fixedCost() == b.fixedCost()) {
                return true;
            }
        }
        return false;
    }

    /** Cover stops[from..] with pieces, each on an unused courier. */
    private void split(List<Stop> order, int from, boolean[] used, double travel, int vehicles) {
        if (travel > bestTravel + FeasibilityChecker.EPS) {
            return;
        }
        if (from == order.size()) {
            boolean better = travel < bestTravel - FeasibilityChecker.EPS
                    || (Math.abs(travel - bestTravel) <= FeasibilityChecker.EPS && vehicles < bestVehicles);
            if (better) {
                bestTravel = travel;
                bestVehicles = vehicles;
            }
            return;
        }
        for (int to = from + 1; to <= order.size(); to++) {
            List<Stop> piece = order.subList(from, to);
            for (int v = 0; v < used.length; v++) {
                if (used[v] || sameAsAnUnusedEarlierCourier(v, used)) {
                    continue;
                }
                FeasibilityChecker.Walk w = FeasibilityChecker.walk(problem, problem.vehicles().get(v), piece);
                if (!w.feasible()) {
                    continue;
                }
                used[v] = true;
                split(order, to, used, travel + w.travel(), vehicles + 1);
                used[v] = false;
            }
        }
    }
}
