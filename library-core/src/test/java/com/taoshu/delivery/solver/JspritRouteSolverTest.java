package com.taoshu.delivery.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Small instances with a known optimum (brute force) and targeted rule cases; every solution goes through the
 * independent {@link FeasibilityChecker}. Stops on an iteration cap, never on time, so results do not depend on the
 * machine's load (the time limit given is only a far-away safety net).
 */
class JspritRouteSolverTest {

    private static final Duration FAR = Duration.ofSeconds(30);
    private static final TimeWindow DAY = TimeWindow.of(0, 10_000);

    private final RouteSolver solver = new JspritRouteSolver(JspritSettings.tuned().withMaxIterations(400));

    static Stream<Arguments> randomSmallInstances() {
        return Stream.of(
                Arguments.of(1L, 8, 2, 10),
                Arguments.of(2L, 8, 2, 6),
                Arguments.of(3L, 7, 3, 8),
                Arguments.of(4L, 7, 3, 5),
                Arguments.of(5L, 6, 2, 4));
    }

    @ParameterizedTest(name = "seed {0}: {1} stops, {2} couriers, bag {3}")
    @MethodSource("randomSmallInstances")
    void findsTheBruteForceOptimumWithWindowsAndMixedLoads(long seed, int stops, int couriers, int capacity) {
        Problem problem = randomProblem(seed, stops, couriers, capacity);
        BruteForce.Optimum optimum = BruteForce.optimum(problem);
        assertThat(optimum.travel()).as("generator must make an instance where every stop can be served").isFinite();

        Solution solution = solver.solve(problem, FAR);

        assertThat(FeasibilityChecker.violations(problem, solution)).isEmpty();
        assertThat(solution.unassigned()).isEmpty();
        assertThat(solution.totalTravelSeconds()).isCloseTo(optimum.travel(), within(1e-6));
        assertThat(solution.vehiclesUsed()).isEqualTo(optimum.vehicles());
    }

    @Test
    void deliversBeforeCollectingWhenCollectingFirstWouldOverflowTheBag() {
        // depot 0, A 1 (collect 6), B 2 (hand over 6), bag 10. A then B is cheap (3) but leaves with 6, holds 12 after A.
        double[][] t = {
                {0, 1, 5},
                {5, 0, 1},
                {1, 5, 0}};
        Problem problem = Problem.withOneProfile(new Depot(0, DAY), List.of(Vehicle.of("c1", 10, DAY, "walk")),
                List.of(Stop.pickup("A", 1, DAY, 0, 6), Stop.delivery("B", 2, DAY, 0, 6)), "walk", TravelMatrix.ofSeconds(t));

        Solution solution = solver.solve(problem, FAR);

        assertThat(FeasibilityChecker.violations(problem, solution)).isEmpty();
        assertThat(solution.routes()).singleElement().satisfies(r -> {
            assertThat(r.stopIds()).containsExactly("B", "A");
            assertThat(r.startLoad()).isEqualTo(6);
            assertThat(r.visits()).extracting(Solution.Visit::loadAfter).containsExactly(0, 6);
        });
        assertThat(solution.totalTravelSeconds()).isCloseTo(5 + 5 + 5, within(1e-9));
        assertThat(BruteForce.optimum(problem).travel()).isCloseTo(15, within(1e-9));
    }

    @Test
    void aStopThatHandsOverAndCollectsCountsBothWays() {
        // bag 10; X hands over 8 and collects 8, Y hands over 2. Any order works only because X's swap is load-neutral;
        // Z collecting 3 must come after Y has emptied space... all on one courier, checked by the independent checker.
        double[][] t = grid(4);
        Problem problem = Problem.withOneProfile(new Depot(0, DAY), List.of(Vehicle.of("c1", 10, DAY, "walk")),
                List.of(new Stop("X", 1, DAY, java.util.Optional.empty(), 60, 8, 8),
                        Stop.delivery("Y", 2, DAY, 60, 2),
                        Stop.pickup("Z", 3, DAY, 60, 2)),
                "walk", TravelMatrix.ofSeconds(t));

        Solution solution = solver.solve(problem, FAR);

        assertThat(FeasibilityChecker.violations(problem, solution)).isEmpty();
        assertThat(solution.unassigned()).isEmpty();
        assertThat(solution.totalTravelSeconds()).isCloseTo(BruteForce.optimum(problem).travel(), within(1e-6));
        List<String> order = solution.routes().getFirst().stopIds();
        assertThat(order.indexOf("Y")).as("Z's pickup needs Y's books out of the bag first").isLessThan(order.indexOf("Z"));
    }

    @Test
    void reportsWhyStopsStayUnplanned() {
        double[][] t = grid(5);
        TimeWindow slot = TimeWindow.of(0, 1_000);
        Problem problem = Problem.withOneProfile(new Depot(0, slot), List.of(Vehicle.of("c1", 10, slot, "walk")),
                List.of(Stop.delivery("too-heavy", 1, slot, 0, 11),
                        Stop.delivery("too-late", 2, TimeWindow.of(0, 0.5), 0, 1),
                        Stop.delivery("reader-window-misses-slot", 3, slot, 0, 1).withReaderWindow(TimeWindow.of(2_000, 3_000)),
                        Stop.delivery("fits", 4, slot, 0, 10)),
                "walk", TravelMatrix.ofSeconds(t));

        Solution solution = solver.solve(problem, FAR);

        assertThat(FeasibilityChecker.violations(problem, solution)).isEmpty();
        assertThat(solution.unassigned()).extracting(Solution.Unassigned::stopId, Solution.Unassigned::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("too-heavy", UnassignedReason.CAPACITY),
                        org.assertj.core.groups.Tuple.tuple("too-late", UnassignedReason.TIME_WINDOW),
                        org.assertj.core.groups.Tuple.tuple("reader-window-misses-slot", UnassignedReason.TIME_WINDOW));
        assertThat(solution.routes()).singleElement().satisfies(r -> assertThat(r.stopIds()).containsExactly("fits"));
    }

    @Test
    void leavesAStopOutWithNoVehicleWhenTheOnlyBagIsFull() {
        double[][] t = grid(3);
        Problem problem = Problem.withOneProfile(new Depot(0, DAY), List.of(Vehicle.of("c1", 10, DAY, "walk")),
                List.of(Stop.delivery("a", 1, DAY, 0, 7), Stop.delivery("b", 2, DAY, 0, 7)), "walk", TravelMatrix.ofSeconds(t));

        Solution solution = solver.solve(problem, FAR);

        assertThat(FeasibilityChecker.violations(problem, solution)).isEmpty();
        assertThat(solution.routes()).hasSize(1);
        assertThat(solution.unassigned()).singleElement()
                .satisfies(u -> assertThat(u.reason()).isEqualTo(UnassignedReason.NO_VEHICLE));
    }

    @Test
    void withoutCouriersEveryStopIsNoVehicle() {
        Problem problem = Problem.withOneProfile(new Depot(0, DAY), List.of(),
                List.of(Stop.delivery("a", 1, DAY, 0, 1)), "walk", TravelMatrix.ofSeconds(grid(2)));

        Solution solution = solver.solve(problem, FAR);

        assertThat(solution.routes()).isEmpty();
        assertThat(solution.unassigned()).containsExactly(new Solution.Unassigned("a", UnassignedReason.NO_VEHICLE));
    }

    @Test
    void respectsReaderWindowsShiftsAndUsesTheFasterProfile() {
        double[][] walk = scaled(grid(4), 10);
        double[][] ebike = grid(4);
        TimeWindow slot = TimeWindow.of(100, 400);
        Problem problem = new Problem(new Depot(0, TimeWindow.of(0, 1_000)),
                List.of(Vehicle.of("walker", 10, TimeWindow.of(0, 1_000), "walk"),
                        Vehicle.of("rider", 10, TimeWindow.of(50, 600), "ebike")),
                List.of(Stop.delivery("s1", 1, slot, 30, 1).withReaderWindow(TimeWindow.of(300, 350)),
                        Stop.delivery("s2", 2, slot, 30, 1),
                        Stop.pickup("s3", 3, slot, 30, 2)),
                Map.of("walk", TravelMatrix.ofSeconds(walk), "ebike", TravelMatrix.ofSeconds(ebike)));

        Solution solution = solver.solve(problem, FAR);

        assertThat(FeasibilityChecker.violations(problem, solution)).isEmpty();
        assertThat(solution.unassigned()).isEmpty();
        assertThat(solution.totalTravelSeconds()).isCloseTo(BruteForce.optimum(problem).travel(), within(1e-6));
        assertThat(solution.routes()).extracting(Solution.Route::vehicleId).containsExactly("rider");
        Solution.Visit s1 = solution.routes().getFirst().visits().stream().filter(v -> v.stopId().equals("s1")).findFirst().orElseThrow();
        assertThat(s1.serviceStart()).isBetween(300.0, 350.0);
        assertThat(solution.routes().getFirst().departure()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void checkerCatchesABrokenPlan() {
        double[][] t = {
                {0, 1, 5},
                {5, 0, 1},
                {1, 5, 0}};
        Problem problem = Problem.withOneProfile(new Depot(0, DAY), List.of(Vehicle.of("c1", 10, DAY, "walk")),
                List.of(Stop.pickup("A", 1, DAY, 0, 6), Stop.delivery("B", 2, DAY, 0, 6)), "walk", TravelMatrix.ofSeconds(t));
        Solution pickupFirst = Solution.of(List.of(new Solution.Route("c1", 0,
                List.of(new Solution.Visit("A", 1, 1, 1, 12), new Solution.Visit("B", 2, 2, 2, 6)), 3, 3, 6)), List.of());

        assertThat(FeasibilityChecker.violations(problem, pickupFirst)).anyMatch(v -> v.contains("capacity"));
        assertThat(FeasibilityChecker.violations(problem, Solution.of(List.of(), List.of())))
                .anyMatch(v -> v.contains("neither routed nor unassigned"));
    }

    /** Points on a small grid, Euclidean times (scaled ×60: a minute per unit). */
    private static double[][] grid(int n) {
        Random r = new Random(n);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 1; i < n; i++) {
            x[i] = r.nextInt(11) - 5;
            y[i] = r.nextInt(11) - 5;
        }
        return euclidean(x, y, 1);
    }

    private static double[][] euclidean(double[] x, double[] y, double scale) {
        int n = x.length;
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                t[i][j] = Math.hypot(x[i] - x[j], y[i] - y[j]) * scale;
            }
        }
        return t;
    }

    private static double[][] scaled(double[][] t, double f) {
        double[][] out = new double[t.length][];
        for (int i = 0; i < t.length; i++) {
            out[i] = t[i].clone();
            for (int j = 0; j < t.length; j++) {
                out[i][j] *= f;
            }
        }
        return out;
    }

    /** Random coordinates, windows wide enough to be feasible but tight enough to bind, mixed loads. */
    private static Problem randomProblem(long seed, int stops, int couriers, int capacity) {
        Random r = new Random(seed);
        double[] x = new double[stops + 1];
        double[] y = new double[stops + 1];
        for (int i = 1; i <= stops; i++) {
            x[i] = r.nextInt(41) - 20;
            y[i] = r.nextInt(41) - 20;
        }
        double[][] t = euclidean(x, y, 1);
        TimeWindow horizon = TimeWindow.of(0, 300);
        List<Stop> list = new ArrayList<>();
        for (int i = 1; i <= stops; i++) {
            double earliestArrival = t[0][i];
            double open = r.nextInt(3) == 0 ? 0 : earliestArrival + r.nextInt(80);
            TimeWindow w = TimeWindow.of(open, open + 60 + r.nextInt(80));
            int kind = r.nextInt(3);
            int delivery = kind == 1 ? 0 : 1 + r.nextInt(Math.max(1, capacity / 3));
            int pickup = kind == 0 ? 0 : 1 + r.nextInt(Math.max(1, capacity / 3));
            list.add(new Stop("s" + i, i, w, java.util.Optional.empty(), 5, delivery, pickup));
        }
        List<Vehicle> vehicles = new ArrayList<>();
        for (int v = 0; v < couriers; v++) {
            vehicles.add(Vehicle.of("c" + v, capacity, horizon, "ebike"));
        }
        return Problem.withOneProfile(new Depot(0, horizon), vehicles, list, "ebike", TravelMatrix.ofSeconds(t));
    }
}
