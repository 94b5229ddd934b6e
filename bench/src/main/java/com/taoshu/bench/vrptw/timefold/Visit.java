package com.taoshu.bench.vrptw.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * One customer of a Solomon instance, placed by the solver in some {@link VehicleRoute}'s list. Its route, neighbours
 * and arrival time are shadow variables; times are the Solomon ones (travel time = exact Euclidean distance), in
 * doubles, computed in the same order of operations as the checker so that "on time" here is "on time" there.
 */
@PlanningEntity
public class Visit {

    private int node;
    private int demand;
    private double ready;
    private double due;
    private double service;
    private Travel travel;

    private VehicleRoute route;
    private Visit previous;
    private Visit next;
    private Double arrival;

    public Visit() {
    }

    Visit(int node, int demand, double ready, double due, double service, Travel travel) {
        this.node = node;
        this.demand = demand;
        this.ready = ready;
        this.due = due;
        this.service = service;
        this.travel = travel;
    }

    @PlanningId
    public int getNode() {
        return node;
    }

    public int getDemand() {
        return demand;
    }

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    public VehicleRoute getRoute() {
        return route;
    }

    public void setRoute(VehicleRoute route) {
        this.route = route;
    }

    @PreviousElementShadowVariable(sourceVariableName = "visits")
    public Visit getPrevious() {
        return previous;
    }

    public void setPrevious(Visit previous) {
        this.previous = previous;
    }

    @NextElementShadowVariable(sourceVariableName = "visits")
    public Visit getNext() {
        return next;
    }

    public void setNext(Visit next) {
        this.next = next;
    }

    /** Arrival at this customer (before any wait for its ready time); null while unassigned. */
    @ShadowVariable(supplierName = "arrivalSupplier")
    public Double getArrival() {
        return arrival;
    }

    public void setArrival(Double arrival) {
        this.arrival = arrival;
    }

    @ShadowSources({"route", "previous.arrival"})
    public Double arrivalSupplier() {
        if (route == null) {
            return null;
        }
        if (previous == null) {
            return route.getDepotReady() + travel.between(Travel.DEPOT, node);
        }
        Double before = previous.departure();
        return before == null ? null : before + travel.between(previous.node, node);
    }

    /** Service start: the vehicle waits until the ready time. */
    Double serviceStart() {
        return arrival == null ? null : Math.max(arrival, ready);
    }

    Double departure() {
        Double start = serviceStart();
        return start == null ? null : start + service;
    }

    /** How late service starts after the due date (0 when on time). */
    double lateness() {
        Double start = serviceStart();
        return start == null ? 0 : Math.max(0, start - due);
    }

    /** How late the vehicle is back at the depot, for the last visit of a route (0 otherwise or on time). */
    double depotLateness() {
        Double leave = departure();
        if (next != null || route == null || leave == null) {
            return 0;
        }
        return Math.max(0, leave + travel.between(node, Travel.DEPOT) - route.getDepotDue());
    }

    /** Distance driven to reach this visit, plus the way back to the depot if it is the last of its route. */
    double distanceCharged() {
        double d = travel.between(previous == null ? Travel.DEPOT : previous.node, node);
        return next == null ? d + travel.between(node, Travel.DEPOT) : d;
    }

    @Override
    public String toString() {
        return "Visit" + node;
    }
}
