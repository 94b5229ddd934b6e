package com.taoshu.delivery;

import com.taoshu.catalog.Branch;
import com.taoshu.catalog.Branches;
import com.taoshu.order.SlotBooking;
import com.taoshu.reader.ReaderErrorCode;
import com.taoshu.shared.security.ReaderId;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * The delivery side of submitting a DELIVERY order ({@link SlotBooking}) or booking a return pickup: the reader's
 * address must be served by the branch, the slot taken.
 */
@Component
public class DeliveryBooking implements SlotBooking {

    private final AddressService addresses;
    private final DeliverySlots slots;
    private final Branches branches;

    public DeliveryBooking(AddressService addresses, DeliverySlots slots, Branches branches) {
        this.addresses = addresses;
        this.slots = slots;
        this.branches = branches;
    }

    @Override
    public void reserve(ReaderId reader, long branchId, Long addressId, Long slotId, LocalTime windowStart,
                        LocalTime windowEnd) {
        ReaderWindow window = ReaderWindow.of(windowStart, windowEnd);
        reserve(reader, branchId, addressId, slotId, window);
    }

    /** Checks the address and takes one unit of the slot (call inside the order's transaction). */
    public void reserve(ReaderId reader, long branchId, Long addressId, Long slotId) {
        reserve(reader, branchId, addressId, slotId, null);
    }

    /** As {@link #reserve(ReaderId, long, Long, Long)}, and the reader's narrower window must lie inside the slot. */
    public void reserve(ReaderId reader, long branchId, Long addressId, Long slotId, ReaderWindow window) {
        if (addressId == null || slotId == null) {
            throw DeliveryErrorCode.DELIVERY_DETAILS_REQUIRED.exception();
        }
        ReaderAddress address = addresses.owned(reader, addressId);
        Branch branch = branches.findEnabled(branchId).orElseThrow(ReaderErrorCode.BRANCH_NOT_FOUND::exception);
        if (AddressService.distance(branch, address.point()) > branch.getDeliveryRadiusM()) {
            throw DeliveryErrorCode.ADDRESS_OUTSIDE_BRANCH.exception(AddressLocator.tooFar(branch, address.point()) + "，请选择其他地址或分馆");
        }
        DeliverySlot slot = slots.take(slotId, branchId);
        if (window != null) {
            window.requireWithin(slot);
        }
    }

    @Override
    public void release(Long slotId) {
        if (slotId != null) {
            slots.release(slotId);
        }
    }
}
