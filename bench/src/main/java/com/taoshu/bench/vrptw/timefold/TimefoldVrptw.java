package com.taoshu.bench.vrptw.timefold;

import ai.timefold.solver.core.api.score.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListRuinRecreateMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import com.taoshu.bench.vrptw.SolomonInstance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Solomon VRPTW on Timefold Solver (community edition, from Maven Central), for the solver comparison in
 * bench/README.md. List-variable model: each {@link VehicleRoute} has a {@code @PlanningListVariable} of
 * {@link Visit}s; arrival times are declarative shadow variables; hard = capacity and time windows, soft = distance.
 * Single-threaded: move multi-threading and nearby selection are Enterprise features.
 */
public final class TimefoldVrptw {

    /** Time kept back from the limit for reading the result back. */
    private static final Duration READ_BACK = Duration.ofMillis(80);

    /** Routes as customer ids in visiting order (depot implicit), the score, visits left unassigned, factory build time. */
    public record Result(List<List<Integer>> routes, HardSoftScore score, int unassigned, Duration factoryTime) {
    }

    private TimefoldVrptw() {
    }

    public static Result solve(SolomonInstance instance, TimefoldSettings settings, Duration limit) {
        long entered = System.nanoTime();
        int n = instance.customers() + 1;
        double[][] matrix = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                matrix[a][b] = instance.distance(a, b);
            }
        }
        Travel travel = new Travel(matrix);
        List<Visit> visits = new ArrayList<>();
        for (int c = 1; c < n; c++) {
            visits.add(new Visit(c, instance.demand()[c], instance.ready()[c], instance.due()[c], instance.service()[c], travel));
        }
        List<VehicleRoute> vehicles = new ArrayList<>();
        for (int v = 0; v < instance.vehicles(); v++) {
            vehicles.add(new VehicleRoute(v, instance.capacity(), instance.ready()[0], instance.due()[0]));
        }

        SolverConfig solverConfig = new SolverConfig()
                .withSolutionClass(RoutingPlan.class)
                .withEntityClasses(VehicleRoute.class, Visit.class)
                .withConstraintProviderClass(VrptwConstraints.class)
                .withEnvironmentMode(EnvironmentMode.NO_ASSERT);
        if (!settings.solverDefaults()) {
            if (settings.acceptor().equals(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE.name())) {
                solverConfig.withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE);
            }
            solverConfig.withPhases(new ConstructionHeuristicPhaseConfig(), localSearch(settings));
        }
        // The factory (domain scan, constraint compilation, generated accessors) is built once per JVM in a service, so
        // its time is reported apart and not charged to the limit; building the solver and solving are.
        long factoryStarted = System.nanoTime();
        SolverFactory<RoutingPlan> factory = SolverFactory.create(solverConfig.withTerminationSpentLimit(limit));
        Duration factoryTime = Duration.ofNanos(System.nanoTime() - factoryStarted);
        long deadline = entered + limit.toNanos() + factoryTime.toNanos() - READ_BACK.toNanos();
        Solver<RoutingPlan> solver = factory.buildSolver();
        // Timefold's spent limit starts at solve(); the deadline also covers building the solver, so stop it from outside.
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "timefold-deadline");
            t.setDaemon(true);
            return t;
        });
        clock.schedule(solver::terminateEarly, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        RoutingPlan best;
        try {
            best = solver.solve(new RoutingPlan(vehicles, visits));
        } finally {
            clock.shutdownNow();
        }

        List<List<Integer>> routes = new ArrayList<>();
        int assigned = 0;
        for (VehicleRoute vehicle : best.getVehicles()) {
            if (!vehicle.getVisits().isEmpty()) {
                routes.add(vehicle.getVisits().stream().map(Visit::getNode).toList());
                assigned += vehicle.getVisits().size();
            }
        }
        return new Result(routes, best.getScore(), visits.size() - assigned, factoryTime);
    }

    private static LocalSearchPhaseConfig localSearch(TimefoldSettings settings) {
        List<MoveSelectorConfig> moves = new ArrayList<>(List.of(
                new ListChangeMoveSelectorConfig(),
                new ListSwapMoveSelectorConfig(),
                new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true),
                new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2)));
        moves.forEach(m -> m.withFixedProbabilityWeight(1.0));
        if (settings.ruinWeight() > 0) {
            moves.add(new ListRuinRecreateMoveSelectorConfig()
                    .withMinimumRuinedCount(settings.ruinMin()).withMaximumRuinedCount(settings.ruinMax())
                    .withFixedProbabilityWeight(settings.ruinWeight()));
        }
        AcceptorType acceptor = AcceptorType.valueOf(settings.acceptor());
        LocalSearchAcceptorConfig acceptorConfig = new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(acceptor));
        if (acceptor == AcceptorType.LATE_ACCEPTANCE || acceptor == AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE) {
            acceptorConfig.withLateAcceptanceSize(settings.lateAcceptanceSize());
        }
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectorList(moves))
                .withAcceptorConfig(acceptorConfig)
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
