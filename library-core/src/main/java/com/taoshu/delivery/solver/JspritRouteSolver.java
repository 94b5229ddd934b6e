package com.taoshu.delivery.solver;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.algorithm.listener.IterationStartsListener;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.termination.PrematureAlgorithmTermination;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.constraint.ConstraintManager;
import com.graphhopper.jsprit.core.problem.constraint.HardActivityConstraint;
import com.graphhopper.jsprit.core.problem.constraint.HardRouteConstraint;
import com.graphhopper.jsprit.core.problem.cost.AbstractForwardVehicleRoutingTransportCosts;
import com.graphhopper.jsprit.core.problem.driver.Driver;
import com.graphhopper.jsprit.core.problem.job.Job;
import com.graphhopper.jsprit.core.problem.job.Service;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RouteSolver} on jsprit (ruin-and-recreate with threshold acceptance). Stops no courier could serve even
 * alone are set aside first with their reason; the rest go to jsprit with their windows, service times and loads
 * (mixed pickup/delivery handled by {@link MixedLoadConstraint}); every route jsprit returns is re-timed from the raw
 * problem, and one that would break a rule is an error, never a plan.
 *
 * <p>When stopping on time (no iteration cap), jsprit's threshold acceptance is replaced by the same schedule on the
 * clock ({@link TimeScheduledAcceptance}); with an iteration cap jsprit's own schedule applies.
 *
 * <p>Cost = travel seconds + each used courier's fixed cost + a tiny tie-break per courier, so "fewer couriers" only
 * decides between plans of equal travel time. Runs until the time limit (or the iteration cap in settings).
 */
public final class JspritRouteSolver implements RouteSolver {

    private static final Logger log = LoggerFactory.getLogger(JspritRouteSolver.class);

    /** Kept back from the caller's limit for building the model and reading the result back. */
    private static final double RESERVE_SHARE = 0.03;
    private static final long MAX_RESERVE_MILLIS = 250;

    private final JspritSettings settings;

    public JspritRouteSolver(JspritSettings settings) {
        this.settings = settings;
    }

    public JspritRouteSolver() {
        this(JspritSettings.tuned());
    }

    @Override
    public Solution solve(Problem problem, Duration limit) {
        long started = System.nanoTime();
        long reserve = Math.min(MAX_RESERVE_MILLIS, (long) (limit.toMillis() * RESERVE_SHARE)) * 1_000_000L;
        long deadline = started + limit.toNanos() - reserve;

        List<Solution.Unassigned> unassigned = new ArrayList<>();
        List<Stop> servable = new ArrayList<>();
        for (Stop s : problem.stops()) {
            Optional<UnassignedReason> impossible = RouteSchedules.aloneInfeasibility(problem, s);
            if (impossible.isPresent()) {
                unassigned.add(new Solution.Unassigned(s.id(), impossible.get()));
            } else {
                servable.add(s);
            }
        }
        if (servable.isEmpty()) {
            return Solution.of(List.of(), unassigned);
        }

        Model model = buildModel(problem, servable);
        StateManager states = new StateManager(model.vrp);
        ConstraintManager constraints = new ConstraintManager(model.vrp, states);
        MixedLoadConstraint load = new MixedLoadConstraint(states, model.deliveryByJobIndex, model.pickupByJobIndex);
        states.addStateUpdater(load);
        constraints.addConstraint((HardActivityConstraint) load, ConstraintManager.Priority.CRITICAL);
        constraints.addConstraint((HardRouteConstraint) load);

        Jsprit.Builder builder = Jsprit.Builder.newInstance(model.vrp)
                .setStateAndConstraintManager(states, constraints)
                .setProperty(Jsprit.Parameter.THREADS, String.valueOf(settings.threads()))
                .setProperty(Jsprit.Parameter.ITERATIONS, String.valueOf(settings.maxIterations()));
        settings.properties().forEach(builder::setProperty);
        TimeScheduledAcceptance acceptance = null;
        if (settings.maxIterations() == Integer.MAX_VALUE) {
            acceptance = new TimeScheduledAcceptance(
                    Double.parseDouble(settings.properties().getOrDefault(Jsprit.Parameter.THRESHOLD_ALPHA.toString(), "0.15")),
                    Double.parseDouble(settings.properties().getOrDefault(Jsprit.Parameter.THRESHOLD_INI.toString(), "0.03")),
                    System.nanoTime(), deadline);
            builder.setCustomAcceptor(acceptance);
        }
        VehicleRoutingAlgorithm algorithm = builder.buildAlgorithm();
        if (acceptance != null) {
            algorithm.addListener(acceptance);
        }
        PrematureAlgorithmTermination timeUp = discovered -> System.nanoTime() >= deadline;
        algorithm.addTerminationCriterion(timeUp);

        AtomicInteger iterations = new AtomicInteger();
        algorithm.addListener((IterationStartsListener) (i, p, s) -> iterations.set(i));

        VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
        log.info("planned {} stops on {} couriers: {} iterations in {} ms, cost {}", servable.size(), problem.vehicles().size(),
                iterations.get(), (System.nanoTime() - started) / 1_000_000, best.getCost());

        List<Solution.Route> routes = new ArrayList<>();
        for (VehicleRoute r : best.getRoutes()) {
            if (r.isEmpty()) {
                continue;
            }
            Vehicle vehicle = model.vehicles.get(r.getVehicle().getId());
            List<Stop> order = new ArrayList<>();
            for (TourActivity a : r.getActivities()) {
                order.add(model.stops.get(((TourActivity.JobActivity) a).getJob().getId()));
            }
            routes.add(RouteSchedules.schedule(problem, vehicle, order).orElseThrow(() -> new IllegalStateException(
                    "jsprit returned a route that breaks a window, shift or capacity for " + vehicle.id() + ": " + order)));
        }
        routes.sort(Comparator.comparing(Solution.Route::vehicleId));
        for (Job j : best.getUnassignedJobs()) {
            unassigned.add(new Solution.Unassigned(j.getId(), UnassignedReason.NO_VEHICLE));
        }
        return Solution.of(routes, unassigned);
    }

    private record Model(VehicleRoutingProblem vrp, Map<String, Vehicle> vehicles, Map<String, Stop> stops,
                         int[] deliveryByJobIndex, int[] pickupByJobIndex) {
    }

    private Model buildModel(Problem problem, List<Stop> servable) {
        VehicleRoutingProblem.Builder b = VehicleRoutingProblem.Builder.newInstance()
                .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
                .setRoutingCost(new MatrixCosts(problem));
        Location depot = location(problem.depot().location());
        Map<String, VehicleType> types = new HashMap<>();
        Map<String, Vehicle> vehicles = new HashMap<>();
        for (Vehicle v : problem.vehicles()) {
            String typeKey = v.capacity() + "|" + v.profile() + "|" + v.fixedCost();
            VehicleType type = types.computeIfAbsent(typeKey, k -> VehicleTypeImpl.Builder.newInstance("type-" + types.size())
                    .addCapacityDimension(0, v.capacity())
                    .setFixedCost(v.fixedCost() + settings.vehicleTieBreakCost())
                    .setProfile(v.profile())
                    .build());
            b.addVehicle(VehicleImpl.Builder.newInstance(v.id())
                    .setType(type)
                    .setStartLocation(depot)
                    .setEarliestStart(problem.earliestDeparture(v))
                    .setLatestArrival(problem.latestReturn(v))
                    .setReturnToDepot(true)
                    .build());
            vehicles.put(v.id(), v);
        }
        Map<String, Stop> stops = new HashMap<>();
        for (Stop s : servable) {
            TimeWindow w = s.effectiveWindow().orElseThrow();
            b.addJob(Service.Builder.newInstance(s.id())
                    .setLocation(location(s.location()))
                    .setServiceTime(s.serviceSeconds())
                    .addTimeWindow(w.start(), w.end())
                    .build());
            stops.put(s.id(), s);
        }
        VehicleRoutingProblem vrp = b.build();
        int maxIndex = vrp.getJobs().values().stream().mapToInt(Job::getIndex).max().orElse(0);
        int[] delivery = new int[maxIndex + 1];
        int[] pickup = new int[maxIndex + 1];
        for (Job j : vrp.getJobs().values()) {
            Stop s = stops.get(j.getId());
            delivery[j.getIndex()] = s.deliveryLoad();
            pickup[j.getIndex()] = s.pickupLoad();
        }
        return new Model(vrp, vehicles, stops, delivery, pickup);
    }

    private static Location location(int index) {
        return Location.Builder.newInstance().setIndex(index).setId(Integer.toString(index)).build();
    }

    /** Travel time from the courier's profile matrix; cost = time. Calls without a vehicle use the first profile. */
    private static final class MatrixCosts extends AbstractForwardVehicleRoutingTransportCosts {

        private final Map<String, TravelMatrix> byProfile;
        private final TravelMatrix fallback;

        MatrixCosts(Problem problem) {
            this.byProfile = problem.matrices();
            this.fallback = problem.vehicles().isEmpty()
                    ? problem.matrices().values().iterator().next()
                    : problem.matrixOf(problem.vehicles().getFirst());
        }

        private TravelMatrix matrix(com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            if (vehicle == null || vehicle.getType() == null || vehicle.getType().getProfile() == null) {
                return fallback;
            }
            return byProfile.getOrDefault(vehicle.getType().getProfile(), fallback);
        }

        @Override
        public double getDistance(Location from, Location to, double departureTime,
                                  com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            return matrix(vehicle).time(from.getIndex(), to.getIndex());
        }

        @Override
        public double getTransportTime(Location from, Location to, double departureTime, Driver driver,
                                       com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            return matrix(vehicle).time(from.getIndex(), to.getIndex());
        }

        @Override
        public double getTransportCost(Location from, Location to, double departureTime, Driver driver,
                                       com.graphhopper.jsprit.core.problem.vehicle.Vehicle vehicle) {
            return matrix(vehicle).time(from.getIndex(), to.getIndex());
        }
    }
}
