package com.taoshu.order;

import com.taoshu.shared.security.ReaderId;
import java.time.LocalTime;

/**
 * The delivery side of a DELIVERY order: the reader's address must be served by the branch, one unit of the slot is
 * taken, the reader's narrower window (期望上门时间, optional) must lie inside the slot. A port owned by {@code order}
 * and implemented by {@code delivery} (addresses and slots are its data); both run in the order's transaction.
 */
public interface SlotBooking {

    /** Checks the window, the address and the slot and takes one unit of the slot; a 4xx when any check fails. */
    void reserve(ReaderId reader, long branchId, Long addressId, Long slotId, LocalTime windowStart, LocalTime windowEnd);

    /** Gives the slot's unit back (an order rejected or cancelled before dispatch); nothing when {@code slotId} is null. */
    void release(Long slotId);
}
