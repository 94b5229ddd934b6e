package com.taoshu.delivery.plan;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.delivery.Courier;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.GeoPoint;
import com.taoshu.delivery.internal.CourierMapper;
import com.taoshu.delivery.internal.DeliverySlotMapper;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.delivery.pickup.ReturnPickupMapper;
import com.taoshu.delivery.route.CourierLocations;
import com.taoshu.delivery.route.DeliveryRoute;
import com.taoshu.delivery.route.DeliveryRouteMapper;
import com.taoshu.delivery.route.DeliveryStop;
import com.taoshu.delivery.route.DeliveryStopMapper;
import com.taoshu.delivery.route.DeliveryStopStore;
import com.taoshu.delivery.solver.TravelMatrix;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderStore;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to routes that have set off: a new stop inserted where it costs least and keeps every later stop on time
 * ({@link RemainingRoute}), a stop moved between routes by a librarian, and the remaining stops re-timed from where a
 * (late) courier is. Visited stops (delivered, collected, failed) are never touched. Every change of a route's stops
 * bumps the route's {@code version}, which the courier app compares to know its list changed. Runs inside the
 * caller's transaction; a stop the courier finished meanwhile fails the change ({@link OptimisticLockingFailureException})
 * and nothing of it is written. The planner's changes ({@link #place}, {@link #retime(long, Prefetched)}) take travel
 * times fetched before the transaction ({@link #prefetch}): a map service is never waited for while rows are locked.
 * What a route's stops carry (books, readers' windows) is read for all its stops at once, never a query per stop.
 */
@Component
public class StartedRoutes {

    private static final Logger log = LoggerFactory.getLogger(StartedRoutes.class);

    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;
    private final DeliveryStopStore stopStore;
    private final DeliverySlotMapper slots;
    private final Branches branches;
    private final CourierMapper couriers;
    private final CourierLocations locations;
    private final TravelTimes travel;
    private final OrderStore orders;
    private final ReturnPickupMapper pickups;
    private final Clock clock;

    public StartedRoutes(DeliveryRouteMapper routes, DeliveryStopMapper stops, DeliveryStopStore stopStore,
                         DeliverySlotMapper slots, Branches branches, CourierMapper couriers, CourierLocations locations,
                         TravelTimes travel, OrderStore orders, ReturnPickupMapper pickups, Clock clock) {
        this.routes = routes;
        this.stops = stops;
        this.stopStore = stopStore;
        this.slots = slots;
        this.branches = branches;
        this.couriers = couriers;
        this.locations = locations;
        this.travel = travel;
        this.orders = orders;
        this.pickups = pickups;
        this.clock = clock;
    }

    /** A job to add to a route: an order to hand over or a pickup to collect, at a reader's door. */
    public record NewStop(Long orderId, Long returnPickupId, long readerId, long addressId, GeoPoint point, int deliver,
                          int collect, LocalTime windowStart, LocalTime windowEnd) {
    }

    /** Where a new stop went and what it cost the courier in extra travel. */
    public record Placement(long routeId, long courierId, long stopId, double extraTravelSeconds) {
    }

    /**
     * Travel times fetched before the transaction that uses them: the matrices (one per vehicle profile) over every
     * point the change may need — the branch, where each courier is, their unvisited stops, the new stop. Inside the
     * transaction the routes are read again; a point it has no time for (the courier pinged from elsewhere, a stop moved
     * onto the route meanwhile) makes the change fail with {@link StaleTravelTimes}, and the caller fetches again.
     */
    public record Prefetched(List<GeoPoint> points, Map<String, TravelMatrix> byProfile) {

        /** The matrix over {@code wanted} (in that order), taken from the fetched one. */
        TravelMatrix over(List<GeoPoint> wanted, String profile) {
            Map<GeoPoint, Integer> index = new HashMap<>();
            for (int i = 0; i < points.size(); i++) {
                index.putIfAbsent(points.get(i), i);
            }
            TravelMatrix all = byProfile.get(profile);
            int n = wanted.size();
            int[] at = new int[n];
            for (int i = 0; i < n; i++) {
                Integer found = index.get(wanted.get(i));
                if (found == null || all == null) {
                    throw new StaleTravelTimes("no travel time fetched for " + wanted.get(i));
                }
                at[i] = found;
            }
            double[][] seconds = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    seconds[i][j] = all.time(at[i], at[j]);
                }
            }
            return TravelMatrix.ofSeconds(seconds);
        }
    }

    /** The routes changed between fetching travel times and changing them: fetch again and retry. */
    public static final class StaleTravelTimes extends OptimisticLockingFailureException {

        StaleTravelTimes(String message) {
            super(message);
        }
    }

    /** Outside any transaction: travel times for placing {@code job} on any started route of the slot. */
    public Prefetched prefetch(DeliverySlot slot, NewStop job) {
        return prefetch(startedOf(slot), slot, job);
    }

    /** Outside any transaction: travel times for re-timing the route from where its courier is. */
    public Prefetched prefetch(long routeId) {
        DeliveryRoute route = routes.selectById(routeId);
        if (route == null || route.getStatus() != DeliveryRoute.Status.STARTED) {
            return new Prefetched(List.of(), Map.of());
        }
        return prefetch(List.of(route), slots.selectById(route.getSlotId()), null);
    }

    private Prefetched prefetch(List<DeliveryRoute> started, DeliverySlot slot, NewStop job) {
        LinkedHashSet<GeoPoint> points = new LinkedHashSet<>();
        for (DeliveryRoute route : started) {
            points.addAll(snapshot(route, job).points());
        }
        if (points.isEmpty()) {
            return new Prefetched(List.of(), Map.of());
        }
        List<GeoPoint> list = List.copyOf(points);
        return new Prefetched(list, travel.between(list).byProfile());
    }

    private List<DeliveryRoute> startedOf(DeliverySlot slot) {
        return routes.selectList(Wrappers.<DeliveryRoute>lambdaQuery()
                .eq(DeliveryRoute::getSlotId, slot.getId()).eq(DeliveryRoute::getStatus, DeliveryRoute.Status.STARTED)
                .orderByAsc(DeliveryRoute::getId));
    }

    /**
     * Inserts the stop into the started route of the slot where it adds least travel with every stop still on time
     * and the bag never over capacity; empty when it fits on none (nothing is written then). Travel times come from
     * {@code times} ({@link #prefetch}); {@link StaleTravelTimes} when a route changed so that they no longer cover it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Placement> place(DeliverySlot slot, NewStop job, Prefetched times) {
        List<DeliveryRoute> started = startedOf(slot);
        Map<Long, Courier> riders = started.isEmpty() ? Map.of() : couriers.selectByIds(started.stream()
                        .map(DeliveryRoute::getCourierId).distinct().toList()).stream()
                .collect(Collectors.toMap(Courier::getStaffId, Function.identity()));
        Plan best = null;
        for (DeliveryRoute route : started) {
            Courier courier = riders.get(route.getCourierId());
            if (courier == null || Boolean.TRUE.equals(courier.getOnLeave())) {
                continue;
            }
            Plan plan = load(route, slot, courier, job, times::over);
            Optional<RemainingRoute.Insertion> insertion = plan.remaining.cheapest(plan.nodes, plan.newNode);
            if (insertion.isPresent() && (best == null
                    || insertion.get().extraTravelSeconds() < best.insertion.extraTravelSeconds())) {
                plan.insertion = insertion.get();
                best = plan;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        long stopId = write(best, job, null);
        return Optional.of(new Placement(best.route.getId(), best.route.getCourierId(), stopId,
                best.insertion.extraTravelSeconds()));
    }

    /** A librarian puts a job on this started route by hand: where it costs least, on time if it can be. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long addTo(DeliveryRoute to, NewStop job) {
        Plan plan = load(to, slots.selectById(to.getSlotId()), couriers.selectById(to.getCourierId()), job, live());
        plan.insertion = plan.remaining.forced(plan.nodes, plan.newNode);
        return write(plan, job, null);
    }

    /**
     * A librarian moves an unvisited stop onto a started route: it goes where it costs least (on time if it can be; the
     * librarian decides it goes there in any case). The stop leaves its old route, which is re-timed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void moveInto(DeliveryStop stop, DeliveryRoute to) {
        DeliveryRoute from = routes.selectById(stop.getRouteId());
        DeliverySlot slot = slots.selectById(to.getSlotId());
        Courier courier = couriers.selectById(to.getCourierId());
        Loads loads = loads(List.of(stop));
        NewStop job = new NewStop(stop.getOrderId(), stop.getReturnPickupId(), stop.getReaderId(), stop.getAddressId(),
                stop.point(), loads.deliver(stop), loads.collect(stop), loads.windowStart(stop), loads.windowEnd(stop));
        Plan plan = load(to, slot, courier, job, live());
        plan.insertion = plan.remaining.forced(plan.nodes, plan.newNode);
        write(plan, job, stop);
        touch(from);
        if (from.getStatus() == DeliveryRoute.Status.STARTED) {
            retime(from.getId());
        }
    }

    /**
     * The remaining stops' planned arrivals from where the courier is now: moved later when the courier runs late
     * (readers after them see the new time), never earlier than promised. Bumps the version when anything moved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retime(long routeId) {
        retime(routeId, live());
    }

    /** {@link #retime(long)} on travel times fetched before the transaction ({@link #prefetch(long)}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retime(long routeId, Prefetched times) {
        retime(routeId, times::over);
    }

    private void retime(long routeId, BiFunction<List<GeoPoint>, String, TravelMatrix> times) {
        DeliveryRoute route = routes.selectById(routeId);
        if (route == null || route.getStatus() != DeliveryRoute.Status.STARTED) {
            return;
        }
        Courier courier = couriers.selectById(route.getCourierId());
        DeliverySlot slot = slots.selectById(route.getSlotId());
        Plan plan = load(route, slot, courier, null, times);
        if (plan.remainingStops.isEmpty()) {
            return;
        }
        RemainingRoute.Schedule schedule = plan.remaining.schedule(plan.nodes);
        LocalDateTime midnight = slot.getSlotDate().atStartOfDay();
        boolean changed = false;
        for (int i = 0; i < plan.remainingStops.size(); i++) {
            DeliveryStop stop = plan.remainingStops.get(i);
            LocalDateTime forecast = midnight.plusSeconds(Math.round(schedule.starts()[i]));
            if (stop.getPlannedArrival() == null || forecast.isAfter(stop.getPlannedArrival().plusMinutes(1))) {
                stop.setPlannedArrival(forecast);
                update(stop);
                changed = true;
            }
        }
        if (changed) {
            touch(route);
        }
    }

    /** Bumps the route's version: its stops changed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void touch(DeliveryRoute route) {
        DeliveryRoute current = routes.selectById(route.getId());
        if (current == null) {
            return;
        }
        if (routes.updateById(current) == 0) {
            throw new OptimisticLockingFailureException("route " + route.getId() + " changed meanwhile");
        }
    }

    /** A route's state for one change: where the courier is, the unvisited stops as nodes, the new one. */
    private static final class Plan {
        DeliveryRoute route;
        DeliverySlot slot;
        List<DeliveryStop> visited;
        List<DeliveryStop> remainingStops;
        List<RemainingRoute.Node> nodes;
        RemainingRoute.Node newNode;
        RemainingRoute remaining;
        RemainingRoute.Insertion insertion;
    }

    /** What a route looks like now: its visited and unvisited stops and the points to time (branch, courier, stops, job). */
    private record Snapshot(Branch branch, List<DeliveryStop> visited, List<DeliveryStop> remainingStops,
                            List<GeoPoint> points) {
    }

    private Snapshot snapshot(DeliveryRoute route, NewStop job) {
        Branch branch = branches.find(route.getBranchId())
                .orElseThrow(() -> new IllegalStateException("branch " + route.getBranchId() + " of route " + route.getId() + " is gone"));
        List<DeliveryStop> all = stops.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .eq(DeliveryStop::getRouteId, route.getId()).orderByAsc(DeliveryStop::getSeq).orderByAsc(DeliveryStop::getId));
        List<DeliveryStop> visited = all.stream().filter(s -> !open(s)).toList();
        List<DeliveryStop> remainingStops = all.stream().filter(StartedRoutes::open).toList();
        GeoPoint branchPoint = new GeoPoint(branch.getLat().doubleValue(), branch.getLng().doubleValue());
        GeoPoint from = courierAt(route, visited).orElse(branchPoint);
        List<GeoPoint> points = new ArrayList<>();
        points.add(branchPoint);
        points.add(from);
        remainingStops.forEach(s -> points.add(s.point()));
        if (job != null) {
            points.add(job.point());
        }
        return new Snapshot(branch, visited, remainingStops, points);
    }

    /** Travel times asked for now: for a librarian's change, made inside their transaction. */
    private BiFunction<List<GeoPoint>, String, TravelMatrix> live() {
        return (points, profile) -> travel.between(points).byProfile().get(profile);
    }

    private Plan load(DeliveryRoute route, DeliverySlot slot, Courier courier, NewStop job,
                      BiFunction<List<GeoPoint>, String, TravelMatrix> times) {
        Snapshot snapshot = snapshot(route, job);
        List<DeliveryStop> visited = snapshot.visited();
        List<DeliveryStop> remainingStops = snapshot.remainingStops();
        List<GeoPoint> points = snapshot.points();
        Loads loads = loads(Stream.concat(visited.stream(), remainingStops.stream()).toList());
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime midnight = slot.getSlotDate().atStartOfDay();
        double nowSeconds = Math.max(java.time.Duration.between(midnight, now).toSeconds(), 0);
        TravelMatrix m = times.apply(points, courier.getVehicle().name());

        int collected = 0;
        for (DeliveryStop s : visited) {
            if (Boolean.TRUE.equals(s.getViaBranch())) {
                collected = 0; // dropped at the branch on the way
            }
            if (s.getStatus() == DeliveryStop.Status.COLLECTED) {
                collected += loads.collect(s);
            }
        }
        double slotStart = slot.getStartTime().toSecondOfDay();
        double slotEnd = slot.getEndTime().toSecondOfDay();
        RemainingRoute remaining = new RemainingRoute(m, 1, nowSeconds, courier.getBagCapacity(), collected,
                Math.max(courier.getShiftEnd().toSecondOfDay(), slotEnd));
        List<RemainingRoute.Node> nodes = new ArrayList<>();
        for (int i = 0; i < remainingStops.size(); i++) {
            DeliveryStop s = remainingStops.get(i);
            double[] window = window(slotStart, slotEnd, loads.windowStart(s), loads.windowEnd(s));
            nodes.add(new RemainingRoute.Node(2 + i, window[0], window[1], VisitBuilder.SERVICE_SECONDS, loads.deliver(s),
                    loads.collect(s), Boolean.TRUE.equals(s.getViaBranch()), Double.NaN));
        }
        // a stop already running late may stay that late, no later
        double[] current = remaining.schedule(nodes).starts();
        for (int i = 0; i < nodes.size(); i++) {
            RemainingRoute.Node n = nodes.get(i);
            nodes.set(i, new RemainingRoute.Node(n.location(), n.windowStart(), n.windowEnd(), n.service(), n.deliver(),
                    n.collect(), n.viaBranch(), current[i]));
        }
        Plan plan = new Plan();
        plan.route = route;
        plan.slot = slot;
        plan.visited = visited;
        plan.remainingStops = remainingStops;
        plan.nodes = nodes;
        plan.remaining = remaining;
        if (job != null) {
            double[] window = window(slotStart, slotEnd, job.windowStart(), job.windowEnd());
            // books not in the bag: fetched from the branch on the way
            plan.newNode = new RemainingRoute.Node(points.size() - 1, window[0], window[1], VisitBuilder.SERVICE_SECONDS,
                    job.deliver(), job.collect(), job.deliver() > 0, Double.NaN);
        }
        return plan;
    }

    /** Writes the insertion: the new stop (or {@code moving}, taken off its old route) and the re-numbered, re-timed rest. */
    private long write(Plan plan, NewStop job, DeliveryStop moving) {
        RemainingRoute.Insertion insertion = plan.insertion;
        LocalDateTime midnight = plan.slot.getSlotDate().atStartOfDay();
        int seq = plan.visited.stream().mapToInt(DeliveryStop::getSeq).max().orElse(0) + 1;
        long newId = -1;
        for (int i = 0; i <= plan.remainingStops.size(); i++) {
            if (i == insertion.position()) {
                LocalDateTime arrival = midnight.plusSeconds(Math.round(insertion.schedule().starts()[i]));
                if (moving == null) {
                    DeliveryStop added = DeliveryStop.of(plan.route.getId(), job.orderId(), job.returnPickupId(), seq++,
                            job.readerId(), job.addressId(), java.math.BigDecimal.valueOf(job.point().lat()),
                            java.math.BigDecimal.valueOf(job.point().lng()), arrival, Actor.SYSTEM, LocalDateTime.now(clock));
                    added.goOut(Actor.SYSTEM, LocalDateTime.now(clock));
                    added.setViaBranch(insertion.node().viaBranch());
                    stopStore.insert(added);
                    newId = added.getId();
                } else {
                    moving.setRouteId(plan.route.getId());
                    moving.setSeq(seq++);
                    moving.setPlannedArrival(arrival);
                    moving.goOut(Actor.SYSTEM, LocalDateTime.now(clock));
                    moving.setViaBranch(insertion.node().viaBranch());
                    update(moving);
                    newId = moving.getId();
                }
            }
            if (i < plan.remainingStops.size()) {
                DeliveryStop stop = plan.remainingStops.get(i);
                int at = i < insertion.position() ? i : i + 1;
                LocalDateTime forecast = midnight.plusSeconds(Math.round(insertion.schedule().starts()[at]));
                stop.setSeq(seq++);
                if (stop.getPlannedArrival() == null || forecast.isAfter(stop.getPlannedArrival())) {
                    stop.setPlannedArrival(forecast);
                }
                update(stop);
            }
        }
        touch(plan.route);
        log.info("route {} (courier {}) took a stop after setting off at position {}: +{} s travel", plan.route.getId(),
                plan.route.getCourierId(), insertion.position(), Math.round(insertion.extraTravelSeconds()));
        return newId;
    }

    private void update(DeliveryStop stop) {
        if (stopStore.save(stop) == 0) {
            throw new OptimisticLockingFailureException("stop " + stop.getId() + " changed meanwhile");
        }
    }

    /** The courier's last ping on this route, else the last door visited; empty: at the branch. */
    private Optional<GeoPoint> courierAt(DeliveryRoute route, List<DeliveryStop> visited) {
        try {
            Optional<CourierLocations.Position> ping = locations.last(route.getCourierId());
            if (ping.isPresent() && route.getStartedAt() != null
                    && !ping.get().at().isBefore(route.getStartedAt().atZone(clock.getZone()).toInstant())) {
                return Optional.of(ping.get().point());
            }
        } catch (RuntimeException e) {
            log.warn("courier {}'s last position unavailable: planning from the last door visited", route.getCourierId(), e);
        }
        return visited.stream().filter(s -> s.getCompletedAt() != null)
                .max(Comparator.comparing(DeliveryStop::getCompletedAt)).map(DeliveryStop::point);
    }

    private static boolean open(DeliveryStop s) {
        return s.getStatus() == DeliveryStop.Status.PLANNED || s.getStatus() == DeliveryStop.Status.OUT;
    }

    private static double[] window(double slotStart, double slotEnd, LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            return new double[] {slotStart, slotEnd};
        }
        return new double[] {Math.max(slotStart, start.toSecondOfDay()), Math.min(slotEnd, end.toSecondOfDay())};
    }

    /** What stops carry — books to hand over or collect, the reader's window — read for all of them in three queries. */
    private record Loads(Map<Long, BorrowOrder> orders, Map<Long, Integer> held, Map<Long, ReturnPickup> pickups) {

        int deliver(DeliveryStop s) {
            return s.getOrderId() == null ? 0 : held.getOrDefault(s.getOrderId(), 0);
        }

        int collect(DeliveryStop s) {
            if (s.getReturnPickupId() == null) {
                return 0;
            }
            Integer books = pickup(s).getBooks();
            return books == null ? 0 : books;
        }

        LocalTime windowStart(DeliveryStop s) {
            return s.getOrderId() != null ? order(s).getWindowStart() : pickup(s).getWindowStart();
        }

        LocalTime windowEnd(DeliveryStop s) {
            return s.getOrderId() != null ? order(s).getWindowEnd() : pickup(s).getWindowEnd();
        }

        private BorrowOrder order(DeliveryStop s) {
            return Objects.requireNonNull(orders.get(s.getOrderId()), () -> "order " + s.getOrderId() + " of stop " + s.getId() + " is gone");
        }

        private ReturnPickup pickup(DeliveryStop s) {
            return Objects.requireNonNull(pickups.get(s.getReturnPickupId()),
                    () -> "pickup " + s.getReturnPickupId() + " of stop " + s.getId() + " is gone");
        }
    }

    private Loads loads(List<DeliveryStop> of) {
        List<Long> orderIds = of.stream().map(DeliveryStop::getOrderId).filter(Objects::nonNull).distinct().toList();
        List<Long> pickupIds = of.stream().map(DeliveryStop::getReturnPickupId).filter(Objects::nonNull).distinct().toList();
        Map<Long, BorrowOrder> byId = orders.byIds(orderIds).stream()
                .collect(Collectors.toMap(BorrowOrder::getId, Function.identity()));
        Map<Long, ReturnPickup> pickupsById = pickupIds.isEmpty() ? Map.of() : pickups.selectByIds(pickupIds).stream()
                .collect(Collectors.toMap(ReturnPickup::getId, Function.identity()));
        return new Loads(byId, orders.heldBooks(orderIds), pickupsById);
    }
}
