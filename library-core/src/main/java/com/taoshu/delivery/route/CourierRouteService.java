package com.taoshu.delivery.route;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.DeliveryErrorCode;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.delivery.pickup.ReturnPickupErrorCode;
import com.taoshu.delivery.pickup.CourierPickups;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderDeliveryService;
import com.taoshu.order.OrderStore;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The courier app: today's routes, set off, hand over with the reader's code, collect the books of a return pickup,
 * report a failure. A courier only ever
 * sees and acts on their own routes (anything else is "not found"). Every confirmation is idempotent: repeating it
 * after a lost response changes nothing and answers the same.
 */
@Service
public class CourierRouteService {

    private final DeliveryRouteMapper routes;
    private final DeliveryStopMapper stops;
    private final DeliveryRouteStore routeStore;
    private final DeliveryStopStore stopStore;
    private final RouteViews views;
    private final OrderDeliveryService orders;
    private final OrderStore orderStore;
    private final DeliverySlots slots;
    private final CourierPickups pickups;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final com.taoshu.delivery.plan.StartedRoutes startedRoutes;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CourierRouteService.class);

    public CourierRouteService(DeliveryRouteMapper routes, DeliveryStopMapper stops, DeliveryRouteStore routeStore,
                               DeliveryStopStore stopStore, RouteViews views,
                               OrderDeliveryService orders, OrderStore orderStore, DeliverySlots slots,
                               CourierPickups pickups, TransactionTemplate tx, Clock clock,
                               com.taoshu.delivery.plan.StartedRoutes startedRoutes) {
        this.routes = routes;
        this.stops = stops;
        this.routeStore = routeStore;
        this.stopStore = stopStore;
        this.views = views;
        this.orders = orders;
        this.orderStore = orderStore;
        this.slots = slots;
        this.pickups = pickups;
        this.tx = tx;
        this.clock = clock;
        this.startedRoutes = startedRoutes;
    }

    public List<RouteViews.RouteView> today(StaffPrincipal courier) {
        return views.routes(LocalDate.now(clock), courier.staffId(), null, null);
    }

    /** A courier setting off this much before the route's planned start (or the slot's start) is warned. */
    static final java.time.Duration EARLY_START = java.time.Duration.ofMinutes(60);

    /** The start answer: the route, and a warning when the courier sets off long before the slot (null otherwise). */
    public record Started(RouteViews.RouteView route, String warning) {
    }

    /**
     * Sets off: the route's orders go OUT_FOR_DELIVERY and their readers get a handover code. Setting off more than
     * {@link #EARLY_START} before the planned start is allowed (the courier may have reasons) but answered with a warning:
     * readers expect their books in the slot, not hours before.
     */
    public Started start(long routeId, StaffPrincipal courier) {
        String[] warning = new String[1];
        tx.executeWithoutResult(s -> {
            DeliveryRoute route = ownRoute(routeId, courier);
            if (route.getStatus() != DeliveryRoute.Status.PLANNED) {
                return; // already started: same answer again
            }
            LocalDateTime now = LocalDateTime.now(clock);
            LocalDateTime planned = route.getPlannedStart() != null ? route.getPlannedStart()
                    : slots.startOf(route.getSlotId());
            if (now.isBefore(planned.minus(EARLY_START))) {
                java.time.Duration early = java.time.Duration.between(now, planned);
                warning[0] = "比计划出发时间（" + planned.toLocalTime().withSecond(0).withNano(0) + "）早"
                        + (early.toHours() > 0 ? early.toHours() + "小时" : "") + early.toMinutesPart()
                        + "分钟出发：读者等的是本时段送达，请不要提前上门";
            }
            route.start(Actor.staff(courier), now);
            if (routeStore.save(route) == 0) {
                throw DeliveryErrorCode.ROUTE_ALREADY_STARTED.exception();
            }
            for (DeliveryStop stop : stopsOf(routeId)) {
                if (stop.getStatus() == DeliveryStop.Status.PLANNED) {
                    if (stop.isPickup()) {
                        pickups.goOut(stop.getReturnPickupId(), Actor.staff(courier));
                    } else {
                        orders.goOut(stop.getOrderId(), Actor.staff(courier));
                    }
                    stop.goOut(Actor.staff(courier), now);
                    stopStore.save(stop);
                }
            }
        });
        return new Started(view(routeId), warning[0]);
    }

    /**
     * Handover with the reader's 4-digit code; three wrong codes lock the stop until a librarian steps in. Wrong codes
     * are counted by one conditional UPDATE each ({@link DeliveryStopMapper#countWrongCode}), so however many arrive at
     * once exactly {@link DeliveryStop#MAX_WRONG_CODES} are counted: the first two answer "还可以再试N次", the third and
     * every later one "locked". The right code after that is refused while the stop is locked.
     */
    public RouteViews.StopView deliver(long stopId, String code, StaffPrincipal courier) {
        DeliveryStop stop = ownStop(stopId, courier);
        if (stop.getStatus() == DeliveryStop.Status.DELIVERED) {
            return stopView(stop);
        }
        if (stop.isPickup()) {
            throw ReturnPickupErrorCode.NOT_A_DELIVERY_STOP.exception();
        }
        requireOut(stop);
        if (Boolean.TRUE.equals(stop.getLocked())) {
            throw DeliveryErrorCode.STOP_LOCKED.exception();
        }
        BorrowOrder order = orderStore.get(stop.getOrderId());
        if (!code.equals(order.getHandoverCode())) {
            throw wrongCode(stopId);
        }
        complete(stop, Actor.staff(courier), null, true);
        retimeAfter(stopId);
        return stopView(stopsById(stopId));
    }

    /** Counts the wrong code (committed on its own: the failed attempt counts) and says how many are left. */
    private BizException wrongCode(long stopId) {
        Integer attempts = tx.execute(s -> {
            if (stops.countWrongCode(stopId, DeliveryStop.MAX_WRONG_CODES, LocalDateTime.now(clock)) == 0) {
                return null;
            }
            return stopsById(stopId).getWrongCodeAttempts(); // our own update: the row stays ours until commit
        });
        if (attempts == null) {
            requireOut(stopsById(stopId)); // finished meanwhile
            return DeliveryErrorCode.STOP_LOCKED.exception(); // another request counted the last wrong code
        }
        if (attempts >= DeliveryStop.MAX_WRONG_CODES) {
            return DeliveryErrorCode.STOP_LOCKED.exception();
        }
        return DeliveryErrorCode.WRONG_CODE.exception("取书码不正确，还可以再试" + (DeliveryStop.MAX_WRONG_CODES - attempts) + "次");
    }

    /**
     * The books of a return pickup are in the courier's bag, confirmed with the reader's 4-digit code as a handover is
     * (wrong codes counted and locking the stop the same way): the named loans (all of the pickup's when none are
     * named) become RETURN_COLLECTED and wait for the branch to check them in. Repeating it changes nothing.
     */
    public RouteViews.StopView collect(long stopId, String code, Collection<Long> loanIds, StaffPrincipal courier) {
        DeliveryStop current = ownStop(stopId, courier);
        if (!current.isPickup()) {
            throw ReturnPickupErrorCode.NOT_A_PICKUP_STOP.exception();
        }
        if (current.getStatus() == DeliveryStop.Status.COLLECTED) {
            return stopView(current);
        }
        requireOut(current);
        if (Boolean.TRUE.equals(current.getLocked())) {
            throw DeliveryErrorCode.STOP_LOCKED.exception();
        }
        if (!pickups.codeMatches(current.getReturnPickupId(), code)) {
            throw wrongCode(stopId);
        }
        collectNow(stopId, loanIds, Actor.staff(courier), true);
        retimeAfter(stopId);
        return stopView(stopsById(stopId));
    }

    /** On the stop's row locked for the transaction, like {@link #complete}: a wrong code counted meanwhile wins. */
    private void collectNow(long stopId, Collection<Long> loanIds, Actor by, boolean byCode) {
        tx.executeWithoutResult(s -> {
            DeliveryStop stop = lockedForUpdate(stopId);
            if (stop.getStatus() == DeliveryStop.Status.COLLECTED) {
                return;
            }
            requireOut(stop);
            if (byCode && Boolean.TRUE.equals(stop.getLocked())) {
                throw DeliveryErrorCode.STOP_LOCKED.exception();
            }
            pickups.collect(stop.getReturnPickupId(), loanIds, by);
            LocalDateTime now = LocalDateTime.now(clock);
            stop.collected(by, byCode ? null : "馆员确认取回", now);
            if (stopStore.save(stop) == 0) {
                throw DeliveryErrorCode.STOP_FINISHED.exception();
            }
            finishRouteIfDone(stop.getRouteId(), by, now);
        });
    }

    /** A librarian confirms a locked stop's handover or collection (e.g. after phoning the reader). */
    public RouteViews.StopView override(long stopId, String note, StaffPrincipal librarian) {
        DeliveryStop stop = stopsById(stopId);
        BranchScope.visible(librarian, routes.selectById(stop.getRouteId()), DeliveryRoute::getBranchId,
                DeliveryErrorCode.STOP_NOT_FOUND);
        if (stop.getStatus() == DeliveryStop.Status.DELIVERED || stop.getStatus() == DeliveryStop.Status.COLLECTED) {
            return stopView(stop);
        }
        requireOut(stop);
        if (!Boolean.TRUE.equals(stop.getLocked())) {
            throw DeliveryErrorCode.STOP_NOT_LOCKED.exception();
        }
        if (stop.isPickup()) {
            collectNow(stopId, List.of(), Actor.staff(librarian), false); // all promised books: the reader confirmed by phone
        } else {
            complete(stop, Actor.staff(librarian), note == null || note.isBlank() ? "馆员确认送达" : note, false);
        }
        return stopView(stopsById(stopId));
    }

    /**
     * Not handed over or not collected (不在家, 地址错误, …): retried in the next open slot at most twice; then an order's
     * books go back to the shelf, a pickup is cancelled (the reader returns the books at the branch).
     */
    public RouteViews.StopView fail(long stopId, String reason, StaffPrincipal courier) {
        DeliveryStop current = ownStop(stopId, courier);
        if (current.getStatus() == DeliveryStop.Status.FAILED) {
            return stopView(current);
        }
        requireOut(current);
        tx.executeWithoutResult(s -> {
            DeliveryStop stop = stopsById(stopId);
            Long nextSlot = null;
            boolean mayRetry = stop.isPickup() ? pickups.get(stop.getReturnPickupId()).mayRetry() : orders.mayRetry(stop.getOrderId());
            if (mayRetry) {
                DeliveryRoute route = routes.selectById(stop.getRouteId());
                nextSlot = slots.takeNextOpen(route.getBranchId(), route.getSlotId()).orElse(null);
            }
            if (stop.isPickup()) {
                pickups.failed(stop.getReturnPickupId(), nextSlot, Actor.staff(courier), reason);
            } else {
                orders.failed(stop.getOrderId(), Actor.staff(courier), reason, nextSlot);
            }
            LocalDateTime now = LocalDateTime.now(clock);
            stop.failed(Actor.staff(courier), reason, now);
            if (stopStore.save(stop) == 0) {
                throw DeliveryErrorCode.STOP_FINISHED.exception();
            }
            finishRouteIfDone(stop.getRouteId(), Actor.staff(courier), now);
        });
        retimeAfter(stopId);
        return stopView(stopsById(stopId));
    }

    /**
     * The handover, on the stop's row locked for the transaction: a wrong code counted meanwhile either came first (a
     * courier's handover then finds the stop locked and is refused) or waits until this one is done.
     */
    private void complete(DeliveryStop current, Actor by, String note, boolean byCode) {
        tx.executeWithoutResult(s -> {
            DeliveryStop stop = lockedForUpdate(current.getId());
            if (stop.getStatus() == DeliveryStop.Status.DELIVERED) {
                return; // a simultaneous handover of the same stop won: same answer
            }
            requireOut(stop);
            if (byCode && Boolean.TRUE.equals(stop.getLocked())) {
                throw DeliveryErrorCode.STOP_LOCKED.exception();
            }
            orders.delivered(stop.getOrderId(), by, note);
            LocalDateTime now = LocalDateTime.now(clock);
            stop.delivered(by, note, now);
            if (stopStore.save(stop) == 0) {
                throw DeliveryErrorCode.STOP_FINISHED.exception();
            }
            finishRouteIfDone(stop.getRouteId(), by, now);
        });
    }

    /**
     * A stop finished: the remaining stops' planned arrivals follow the courier (later when running late), so readers
     * after them see the new time. Its own transaction after the stop's: the handover never fails for a forecast; travel
     * times are fetched before it.
     */
    private void retimeAfter(long stopId) {
        try {
            long routeId = stopsById(stopId).getRouteId();
            // travel times fetched before the transaction; fetched again once when the route changed meanwhile
            for (int attempt = 1; ; attempt++) {
                com.taoshu.delivery.plan.StartedRoutes.Prefetched times = startedRoutes.prefetch(routeId);
                try {
                    tx.executeWithoutResult(s -> startedRoutes.retime(routeId, times));
                    return;
                } catch (com.taoshu.delivery.plan.StartedRoutes.StaleTravelTimes e) {
                    if (attempt == 2) {
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            log.warn("re-timing the route after stop {} failed; planned arrivals stay as they were", stopId, e);
        }
    }

    /** The stop {@code by} just finished was the route's last open one: the route is finished, by them. */
    private void finishRouteIfDone(long routeId, Actor by, LocalDateTime now) {
        boolean open = stopsOf(routeId).stream().anyMatch(s -> s.getStatus() == DeliveryStop.Status.PLANNED
                || s.getStatus() == DeliveryStop.Status.OUT);
        if (!open) {
            DeliveryRoute route = routes.selectById(routeId);
            if (route.finish(by, now)) {
                routeStore.save(route);
            }
        }
    }

    private static void requireOut(DeliveryStop stop) {
        if (stop.getStatus() == DeliveryStop.Status.PLANNED) {
            throw DeliveryErrorCode.STOP_NOT_OUT.exception();
        }
        if (stop.getStatus() != DeliveryStop.Status.OUT) {
            throw DeliveryErrorCode.STOP_FINISHED.exception();
        }
    }

    private DeliveryRoute ownRoute(long routeId, StaffPrincipal courier) {
        DeliveryRoute route = routes.selectById(routeId);
        if (route == null || route.getCourierId() != courier.staffId()) {
            throw DeliveryErrorCode.ROUTE_NOT_FOUND.exception();
        }
        return route;
    }

    private DeliveryStop ownStop(long stopId, StaffPrincipal courier) {
        DeliveryStop stop = stops.selectById(stopId);
        if (stop == null) {
            throw DeliveryErrorCode.STOP_NOT_FOUND.exception();
        }
        DeliveryRoute route = routes.selectById(stop.getRouteId());
        if (route.getCourierId() != courier.staffId()) {
            throw DeliveryErrorCode.STOP_NOT_FOUND.exception();
        }
        return stop;
    }

    private DeliveryStop stopsById(long stopId) {
        DeliveryStop stop = stops.selectById(stopId);
        if (stop == null) {
            throw DeliveryErrorCode.STOP_NOT_FOUND.exception();
        }
        return stop;
    }

    private DeliveryStop lockedForUpdate(long stopId) {
        DeliveryStop stop = stops.selectOne(Wrappers.<DeliveryStop>lambdaQuery().eq(DeliveryStop::getId, stopId).last("FOR UPDATE"));
        if (stop == null) {
            throw DeliveryErrorCode.STOP_NOT_FOUND.exception();
        }
        return stop;
    }

    private List<DeliveryStop> stopsOf(long routeId) {
        return stops.selectList(Wrappers.<DeliveryStop>lambdaQuery()
                .eq(DeliveryStop::getRouteId, routeId).orderByAsc(DeliveryStop::getSeq));
    }

    private RouteViews.RouteView view(long routeId) {
        DeliveryRoute route = routes.selectById(routeId);
        return views.routes(slots.dateOf(route.getSlotId()), route.getCourierId(), null, route.getSlotId()).stream()
                .filter(r -> r.id() == routeId).findFirst().orElseThrow(DeliveryErrorCode.ROUTE_NOT_FOUND::exception);
    }

    private RouteViews.StopView stopView(DeliveryStop stop) {
        return view(stop.getRouteId()).stops().stream().filter(s -> s.id() == stop.getId()).findFirst()
                .orElseThrow(DeliveryErrorCode.STOP_NOT_FOUND::exception);
    }
}
