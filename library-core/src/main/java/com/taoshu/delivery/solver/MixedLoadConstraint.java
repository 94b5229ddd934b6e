package com.taoshu.delivery.solver;

import com.graphhopper.jsprit.core.algorithm.state.StateId;
import com.graphhopper.jsprit.core.algorithm.state.StateManager;
import com.graphhopper.jsprit.core.algorithm.state.StateUpdater;
import com.graphhopper.jsprit.core.problem.constraint.HardActivityConstraint;
import com.graphhopper.jsprit.core.problem.constraint.HardRouteConstraint;
import com.graphhopper.jsprit.core.problem.misc.JobInsertionContext;
import com.graphhopper.jsprit.core.problem.solution.route.RouteVisitor;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.Start;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import java.util.List;

/**
 * Bag load for stops that both hand over and collect books on one visit (jsprit's own Pickup/Delivery jobs carry one
 * or the other). The bag leaves the depot with every delivery of the route; at each stop it loses that stop's
 * deliveries and gains its pickups; it must never hold more than the courier's capacity.
 *
 * <p>States kept per route: load at departure and the route's maximum; per activity: the maximum load up to and
 * including it, and from it onwards. Inserting a stop (d, p) after activity i adds d to every load up to i and p to
 * every load after, so it fits iff {@code pastMax(i) + d <= capacity} and {@code futureMax(i) + p <= capacity}.
 * Stops enter jsprit with size 0, so jsprit's built-in load rules never object; capacity lives in dimension 0 of
 * the vehicle type.
 */
final class MixedLoadConstraint implements HardActivityConstraint, HardRouteConstraint, RouteVisitor, StateUpdater {

    private final StateManager states;
    private final int[] deliveryByJobIndex;
    private final int[] pickupByJobIndex;
    private final StateId startLoad;
    private final StateId endLoad;
    private final StateId routeMax;
    private final StateId pastMax;
    private final StateId futureMax;

    MixedLoadConstraint(StateManager states, int[] deliveryByJobIndex, int[] pickupByJobIndex) {
        this.states = states;
        this.deliveryByJobIndex = deliveryByJobIndex;
        this.pickupByJobIndex = pickupByJobIndex;
        this.startLoad = states.createStateId("taoshu_start_load");
        this.endLoad = states.createStateId("taoshu_end_load");
        this.routeMax = states.createStateId("taoshu_route_max_load");
        this.pastMax = states.createStateId("taoshu_past_max_load");
        this.futureMax = states.createStateId("taoshu_future_max_load");
    }

    @Override
    public void visit(VehicleRoute route) {
        List<TourActivity> acts = route.getActivities();
        int load = 0;
        for (TourActivity a : acts) {
            load += deliveryByJobIndex[jobIndex(a)];
        }
        states.putRouteState(route, startLoad, load);
        int[] loads = new int[acts.size()];
        int max = load;
        for (int i = 0; i < acts.size(); i++) {
            int j = jobIndex(acts.get(i));
            load += pickupByJobIndex[j] - deliveryByJobIndex[j];
            loads[i] = load;
            max = Math.max(max, load);
            states.putActivityState(acts.get(i), pastMax, max);
        }
        states.putRouteState(route, routeMax, max);
        states.putRouteState(route, endLoad, load);
        int future = Integer.MIN_VALUE;
        for (int i = acts.size() - 1; i >= 0; i--) {
            future = Math.max(future, loads[i]);
            states.putActivityState(acts.get(i), futureMax, future);
        }
    }

    @Override
    public boolean fulfilled(JobInsertionContext context) {
        int capacity = capacity(context);
        int index = context.getJob().getIndex();
        return routeState(context.getRoute(), startLoad) + deliveryByJobIndex[index] <= capacity
                && routeState(context.getRoute(), endLoad) + pickupByJobIndex[index] <= capacity;
    }

    @Override
    public ConstraintsStatus fulfilled(JobInsertionContext context, TourActivity prevAct, TourActivity newAct, TourActivity nextAct,
                                       double prevActDepTime) {
        int capacity = capacity(context);
        int index = jobIndex(newAct);
        int before;
        int after;
        if (prevAct instanceof Start) {
            before = routeState(context.getRoute(), startLoad);
            after = routeState(context.getRoute(), routeMax);
        } else {
            before = activityState(prevAct, pastMax);
            after = activityState(prevAct, futureMax);
        }
        if (before + deliveryByJobIndex[index] > capacity) {
            return ConstraintsStatus.NOT_FULFILLED_BREAK; // the past maximum only grows further along the route
        }
        if (after + pickupByJobIndex[index] > capacity) {
            return ConstraintsStatus.NOT_FULFILLED;
        }
        return ConstraintsStatus.FULFILLED;
    }

    private static int capacity(JobInsertionContext context) {
        return context.getNewVehicle().getType().getCapacityDimensions().get(0);
    }

    private int routeState(VehicleRoute route, StateId id) {
        Integer v = states.getRouteState(route, id, Integer.class);
        return v == null ? 0 : v;
    }

    private int activityState(TourActivity act, StateId id) {
        Integer v = states.getActivityState(act, id, Integer.class);
        return v == null ? 0 : v;
    }

    private static int jobIndex(TourActivity act) {
        return ((TourActivity.JobActivity) act).getJob().getIndex();
    }
}
