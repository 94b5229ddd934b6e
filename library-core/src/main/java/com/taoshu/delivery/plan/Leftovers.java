package com.taoshu.delivery.plan;

import com.taoshu.delivery.DeliveryEvents;
import com.taoshu.delivery.DeliverySlot;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.delivery.internal.DeliverySlotMapper;
import com.taoshu.delivery.pickup.CourierPickups;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderDeliveryService;
import com.taoshu.order.OrderStore;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs no route yet to set off could take: each goes onto the started route of the slot where it costs least travel
 * and keeps every stop on time ({@link StartedRoutes#place}); the order goes out at once (the reader gets the code and
 * the courier's ETA). One that fits nowhere, once the slot is under way, is re-booked into the branch's next open slot
 * (AWAITING_DISPATCH there; planned when that slot is) with the reader told ({@link DeliveryEvents.VisitRebooked});
 * otherwise it waits with its reason. Travel times are fetched outside the transactions, one job at a time (these are
 * the few jobs a plan could not place).
 */
@Component
class Leftovers {

    private static final Logger log = LoggerFactory.getLogger(Leftovers.class);

    private final StartedRoutes started;
    private final OrderDeliveryService delivery;
    private final OrderStore orders;
    private final CourierPickups pickups;
    private final PlanWriter writer;
    private final DeliverySlots deliverySlots;
    private final DeliverySlotMapper slots;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Leftovers(StartedRoutes started, OrderDeliveryService delivery, OrderStore orders, CourierPickups pickups,
              PlanWriter writer, DeliverySlots deliverySlots, DeliverySlotMapper slots, TransactionTemplate tx,
              ApplicationEventPublisher events, Clock clock) {
        this.started = started;
        this.delivery = delivery;
        this.orders = orders;
        this.pickups = pickups;
        this.writer = writer;
        this.deliverySlots = deliverySlots;
        this.slots = slots;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Places {@code jobs} on routes under way where they fit, else re-books or notes them with {@code reason};
     * {@code anyDeparted}: some courier of the slot has set off. Returns how many went onto a route.
     */
    int place(DeliverySlot slot, List<Job> jobs, boolean anyDeparted, String reason) {
        boolean underWay = anyDeparted || !LocalDateTime.now(clock).isBefore(slot.startsAt());
        int placed = 0;
        for (Job job : jobs) {
            if (onRouteUnderWay(slot, job, anyDeparted)) {
                placed++;
            } else if (underWay) {
                tx.executeWithoutResult(status -> rebook(slot, job, reason));
            } else {
                writer.note(job, reason);
            }
        }
        return placed;
    }

    private boolean onRouteUnderWay(DeliverySlot slot, Job job, boolean anyDeparted) {
        if (!anyDeparted) {
            return false;
        }
        StartedRoutes.NewStop stop = job.asNewStop();
        // travel times are fetched outside the transaction; when a route changed meanwhile so that they no longer
        // cover it (a courier pinged from elsewhere, a stop added), fetched again once
        for (int attempt = 1; attempt <= 2; attempt++) {
            StartedRoutes.Prefetched times = started.prefetch(slot, stop);
            try {
                return Boolean.TRUE.equals(tx.execute(status -> {
                    if (started.place(slot, stop, times).isEmpty()) {
                        return false;
                    }
                    if (job.isDelivery()) {
                        delivery.dispatch(job.order().getId(), Actor.SYSTEM);
                        delivery.goOut(job.order().getId(), Actor.SYSTEM);
                    } else {
                        pickups.dispatch(job.pickup().getId(), Actor.SYSTEM);
                        pickups.goOut(job.pickup().getId(), Actor.SYSTEM);
                    }
                    return true;
                }));
            } catch (StartedRoutes.StaleTravelTimes e) {
                log.info("slot {}: a route changed while travel times were fetched ({}); attempt {} of 2", slot.getId(),
                        e.getMessage(), attempt);
            } catch (OptimisticLockingFailureException e) {
                log.info("slot {}: a route changed while a stop was added to it; the job waits for the next plan", slot.getId());
                return false;
            }
        }
        log.info("slot {}: routes kept changing while travel times were fetched; the job waits for the next plan", slot.getId());
        return false;
    }

    /**
     * No courier of this slot can take the job any more: it waits for the branch's next open slot instead, and the
     * reader is told the new slot (a notice after commit). Without an open slot it stays with {@code reason}.
     */
    private void rebook(DeliverySlot slot, Job job, String reason) {
        Optional<Long> next = deliverySlots.takeNextOpen(slot.getBranchId(), slot.getId());
        if (next.isEmpty()) {
            writer.note(job, reason);
            return;
        }
        DeliverySlot to = slots.selectById(next.get());
        String when = DeliveryEvents.slotText(to.getSlotDate(), to.getStartTime(), to.getEndTime());
        DeliveryEvents.VisitRebooked rebooked;
        if (job.isDelivery()) {
            BorrowOrder order = orders.get(job.order().getId());
            order.rebook(to.getId(), "本时段的配送员已无法送达，已自动改约至" + when);
            orders.save(order);
            rebooked = new DeliveryEvents.VisitRebooked(DeliveryEvents.Job.ORDER, order.getId(), order.getReaderId(),
                    slot.getBranchId(), 0, to.getId(), to.getSlotDate(), to.getStartTime(), to.getEndTime());
        } else {
            ReturnPickup pickup = pickups.rebook(job.pickup().getId(), to.getId(), "本时段的配送员已无法上门，已自动改约至" + when);
            rebooked = new DeliveryEvents.VisitRebooked(DeliveryEvents.Job.RETURN_PICKUP, pickup.getId(), pickup.getReaderId(),
                    slot.getBranchId(), pickup.getBooks() == null ? 0 : pickup.getBooks(), to.getId(), to.getSlotDate(),
                    to.getStartTime(), to.getEndTime());
        }
        deliverySlots.release(slot.getId());
        events.publishEvent(rebooked);
        log.info("{} {} re-booked from slot {} to slot {}: no route of its slot could take it", rebooked.job(),
                rebooked.subjectId(), slot.getId(), to.getId());
    }
}
