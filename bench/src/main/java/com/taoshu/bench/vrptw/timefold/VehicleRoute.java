package com.taoshu.bench.vrptw.timefold;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;

/** One of the instance's NUMBER vehicles: leaves the depot at its ready time, carries at most {@code capacity}. */
@PlanningEntity
public class VehicleRoute {

    private int id;
    private int capacity;
    private double depotReady;
    private double depotDue;

    @PlanningListVariable
    private List<Visit> visits = new ArrayList<>();

    public VehicleRoute() {
    }

    VehicleRoute(int id, int capacity, double depotReady, double depotDue) {
        this.id = id;
        this.capacity = capacity;
        this.depotReady = depotReady;
        this.depotDue = depotDue;
    }

    @PlanningId
    public int getId() {
        return id;
    }

    public int getCapacity() {
        return capacity;
    }

    public double getDepotReady() {
        return depotReady;
    }

    public double getDepotDue() {
        return depotDue;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    @Override
    public String toString() {
        return "Vehicle" + id;
    }
}
