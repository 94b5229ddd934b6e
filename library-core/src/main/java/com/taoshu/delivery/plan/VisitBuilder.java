package com.taoshu.delivery.plan;

import com.taoshu.delivery.Courier;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.solver.Depot;
import com.taoshu.delivery.solver.Problem;
import com.taoshu.delivery.solver.Stop;
import com.taoshu.delivery.solver.TimeWindow;
import com.taoshu.delivery.solver.TravelMatrix;
import com.taoshu.delivery.solver.Vehicle;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jobs → the solver's visits, no database and no clock: one visit per door (the same reader at the same address), so a
 * reader's delivery and pickup are one stop that both hands over and collects, its service a little longer for the
 * second job; the visit keeps the slot's window and the readers' narrower one (their overlap, or the first one's when
 * they share none). Location 0 is the branch, then one per visit. Couriers become vehicles whose shift starts at most
 * an hour before the slot.
 */
final class VisitBuilder {

    static final double SERVICE_SECONDS = 180;
    /** A second job at the same door (hand over and collect in one visit) takes this much longer. */
    static final double EXTRA_JOB_SECONDS = 60;

    private VisitBuilder() {
    }

    /** The visits of one planning run: their points (0 = the branch), the solver's stops and what each stop is made of. */
    record Visits(List<GeoPoint> points, List<Stop> stops, Map<String, List<Job>> jobsByStop, List<Vehicle> vehicles) {

        List<Job> jobsOf(String stopId) {
            return jobsByStop.get(stopId);
        }

        /** Whether the visit carries a job already on a route (dropping it would take it off a courier's list). */
        boolean carriesKept(String stopId) {
            return jobsOf(stopId).stream().anyMatch(Job::kept);
        }

        Problem problem(Map<String, TravelMatrix> matrices) {
            return new Problem(new Depot(0, TimeWindow.of(0, 86_399)), vehicles, stops, matrices);
        }
    }

    static Visits build(GeoPoint branch, LocalTime slotStart, LocalTime slotEnd, List<Job> jobs, List<Courier> couriers) {
        Map<String, List<Job>> doors = new LinkedHashMap<>();
        jobs.forEach(job -> doors.computeIfAbsent(job.door(), k -> new ArrayList<>()).add(job));

        List<GeoPoint> points = new ArrayList<>();
        points.add(branch);
        Map<String, List<Job>> byStop = new LinkedHashMap<>();
        List<Stop> stops = new ArrayList<>();
        double start = slotStart.toSecondOfDay();
        double end = slotEnd.toSecondOfDay();
        int visitNo = 0;
        for (List<Job> atDoor : doors.values()) {
            points.add(atDoor.getFirst().address().point());
            String id = "v" + (++visitNo);
            byStop.put(id, List.copyOf(atDoor));
            stops.add(new Stop(id, points.size() - 1, TimeWindow.of(start, end), readerWindow(atDoor),
                    SERVICE_SECONDS + (atDoor.size() - 1) * EXTRA_JOB_SECONDS,
                    atDoor.stream().mapToInt(Job::deliver).sum(), atDoor.stream().mapToInt(Job::collect).sum()));
        }
        List<Vehicle> vehicles = couriers.stream().map(c -> new Vehicle(String.valueOf(c.getStaffId()), c.getBagCapacity(),
                TimeWindow.of(Math.max(c.getShiftStart().toSecondOfDay(), start - 3600), c.getShiftEnd().toSecondOfDay()),
                c.getVehicle().name(), 0)).toList();
        return new Visits(List.copyOf(points), List.copyOf(stops), byStop, vehicles);
    }

    /** One visit for several jobs: the windows they share (or the first one's when they share none); empty: no window. */
    static Optional<TimeWindow> readerWindow(List<Job> jobs) {
        double[] shared = null;
        double[] first = null;
        for (Job job : jobs) {
            if (job.windowStart() == null || job.windowEnd() == null) {
                continue;
            }
            double[] w = {job.windowStart().toSecondOfDay(), job.windowEnd().toSecondOfDay()};
            first = first == null ? w : first;
            shared = shared == null ? w.clone() : new double[] {Math.max(shared[0], w[0]), Math.min(shared[1], w[1])};
        }
        if (shared == null) {
            return Optional.empty();
        }
        double[] chosen = shared[0] < shared[1] ? shared : first;
        return Optional.of(TimeWindow.of(chosen[0], chosen[1]));
    }
}
