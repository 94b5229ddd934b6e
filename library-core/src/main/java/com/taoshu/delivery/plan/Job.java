package com.taoshu.delivery.plan;

import com.taoshu.delivery.ReaderAddress;
import com.taoshu.delivery.pickup.ReturnPickup;
import com.taoshu.order.BorrowOrder;
import java.time.LocalTime;

/**
 * One job at a door, with everything planning needs of it already loaded ({@link SlotWork}): an order to hand over
 * ({@code order}, its held books) or a return pickup to collect ({@code pickup}, its books), the address it goes to, and
 * whether it is already on a route of the slot that has not set off ({@code kept}: planned again, never dropped).
 */
record Job(BorrowOrder order, ReturnPickup pickup, ReaderAddress address, int books, boolean kept) {

    static Job delivery(BorrowOrder order, ReaderAddress address, int heldBooks, boolean kept) {
        return new Job(order, null, address, heldBooks, kept);
    }

    static Job collection(ReturnPickup pickup, ReaderAddress address, boolean kept) {
        return new Job(null, pickup, address, pickup.getBooks() == null ? 0 : pickup.getBooks(), kept);
    }

    boolean isDelivery() {
        return order != null;
    }

    long readerId() {
        return isDelivery() ? order.getReaderId() : pickup.getReaderId();
    }

    /** One visit per door: the same reader at the same address. */
    String door() {
        return readerId() + "@" + address.getId();
    }

    int deliver() {
        return isDelivery() ? books : 0;
    }

    int collect() {
        return isDelivery() ? 0 : books;
    }

    LocalTime windowStart() {
        return isDelivery() ? order.getWindowStart() : pickup.getWindowStart();
    }

    LocalTime windowEnd() {
        return isDelivery() ? order.getWindowEnd() : pickup.getWindowEnd();
    }

    /** The job as a stop to add to a route under way (its books and window, the door it goes to). */
    StartedRoutes.NewStop asNewStop() {
        return new StartedRoutes.NewStop(isDelivery() ? order.getId() : null, isDelivery() ? null : pickup.getId(),
                readerId(), address.getId(), address.point(), deliver(), collect(), windowStart(), windowEnd());
    }
}
