package com.taoshu.bench.vrptw.timefold;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * Solomon VRPTW: hard = capacity, service start by the due date, back at the depot by its due date; soft = total
 * distance. Times and distances are doubles scaled by {@link #SCALE} into the long score; any lateness above
 * {@link #TOLERANCE} costs at least 1 hard, so a hard score of 0 means feasible under the checker's exact times.
 */
public class VrptwConstraints implements ConstraintProvider {

    static final double SCALE = 1_000_000;
    static final double TOLERANCE = 1e-9;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {capacity(factory), dueDate(factory), depotDueDate(factory), distance(factory)};
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getRoute() != null)
                .groupBy(Visit::getRoute, sum(Visit::getDemand))
                .filter((route, load) -> load > route.getCapacity())
                .penalize(HardSoftScore.ONE_HARD, (route, load) -> (load - route.getCapacity()) * (long) SCALE)
                .asConstraint("capacity");
    }

    Constraint dueDate(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.lateness() > TOLERANCE)
                .penalize(HardSoftScore.ONE_HARD, v -> scaledAtLeastOne(v.lateness()))
                .asConstraint("service starts by the due date");
    }

    Constraint depotDueDate(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.depotLateness() > TOLERANCE)
                .penalize(HardSoftScore.ONE_HARD, v -> scaledAtLeastOne(v.depotLateness()))
                .asConstraint("back at the depot by its due date");
    }

    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(v -> v.getRoute() != null)
                .penalize(HardSoftScore.ONE_SOFT, v -> Math.round(v.distanceCharged() * SCALE))
                .asConstraint("distance");
    }

    private static long scaledAtLeastOne(double amount) {
        return Math.max(1, Math.round(amount * SCALE));
    }
}
