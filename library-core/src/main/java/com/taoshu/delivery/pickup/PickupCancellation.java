package com.taoshu.delivery.pickup;

import com.taoshu.delivery.DeliveryBooking;
import com.taoshu.delivery.route.DeliveryStopStore;
import com.taoshu.loan.PickupPromises;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels a pickup the courier has not set off for (the reader cancelled it, or every book came back at the desk
 * meanwhile): the loans back to the reader, the slot's unit back, its planned stop off its route.
 */
@Component
class PickupCancellation {

    private final ReturnPickupStore store;
    private final PickupPromises loans;
    private final PickupItemMapper pickupItems;
    private final DeliveryBooking booking;
    private final DeliveryStopStore stops;
    private final Clock clock;

    PickupCancellation(ReturnPickupStore store, PickupPromises loans, PickupItemMapper pickupItems,
                       DeliveryBooking booking, DeliveryStopStore stops, Clock clock) {
        this.store = store;
        this.loans = loans;
        this.pickupItems = pickupItems;
        this.booking = booking;
        this.stops = stops;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void cancel(ReturnPickup pickup, Actor by, String reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        pickup.moveTo(ReturnPickup.Status.CANCELLED, by, reason, now);
        store.save(pickup);
        loans.releaseRemaining(pickup.getId(), now);
        pickupItems.markItems(pickup.getId());
        booking.release(pickup.getSlotId());
        stops.removePlannedPickup(pickup.getId());
    }
}
