package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.delivery.DeliveryBooking;
import com.taoshu.delivery.ReaderWindow;
import com.taoshu.delivery.pickup.PickupViews.PickupView;
import com.taoshu.loan.LoanErrorCode;
import com.taoshu.loan.LoanStatus;
import com.taoshu.loan.PickupPromises;
import com.taoshu.order.DeliveryInfo.Viewer;
import com.taoshu.order.OrderErrorCode;
import com.taoshu.reader.DeliveryEligibility;
import com.taoshu.reader.Readers;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Return pickups (上门取还) as the reader asks for them: a delivery-eligible reader picks loans and a slot, sees their
 * own pickups and cancels one before the courier sets off. A loan is promised to at most one open pickup (a
 * conditional update), a pickup takes one unit of its slot like a delivery does, and a reader sees only their own.
 */
@Service
public class ReaderPickups {

    public static final int MAX_LOANS = 20;

    private final ReturnPickupStore store;
    private final ReturnPickupMapper mapper;
    private final PickupPromises loans;
    private final PickupItemMapper pickupItems;
    private final Readers readers;
    private final DeliveryBooking booking;
    private final PickupCancellation cancellation;
    private final PickupViews views;
    private final Clock clock;

    public ReaderPickups(ReturnPickupStore store, ReturnPickupMapper mapper, PickupPromises loans,
                         PickupItemMapper pickupItems, Readers readers, DeliveryBooking booking,
                         PickupCancellation cancellation, PickupViews views, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.loans = loans;
        this.pickupItems = pickupItems;
        this.readers = readers;
        this.booking = booking;
        this.cancellation = cancellation;
        this.views = views;
        this.clock = clock;
    }

    public record Request(List<Long> loanIds, Long addressId, Long slotId, LocalTime windowStart, LocalTime windowEnd) {
    }

    @Transactional
    public PickupView request(ReaderId readerId, Request request) {
        List<Long> ids = request.loanIds() == null ? List.of() : request.loanIds().stream().distinct().toList();
        if (ids.isEmpty()) {
            throw ReturnPickupErrorCode.NO_LOANS.exception();
        }
        if (ids.size() > MAX_LOANS) {
            throw ReturnPickupErrorCode.TOO_MANY_LOANS.exception();
        }
        boolean eligible = readers.find(readerId.value())
                .map(r -> r.getDeliveryEligibility() == DeliveryEligibility.APPROVED).orElse(false);
        if (!eligible) {
            throw OrderErrorCode.DELIVERY_NOT_ELIGIBLE.exception();
        }
        List<PickupPromises.PromisableLoan> rows = loans.loans(ids);
        if (rows.size() != ids.size() || rows.stream().anyMatch(l -> l.readerId() != readerId.value())) {
            throw LoanErrorCode.LOAN_NOT_FOUND.exception();
        }
        if (rows.stream().anyMatch(l -> l.status() != LoanStatus.ACTIVE || l.returnPickupId() != null)) {
            throw ReturnPickupErrorCode.LOAN_NOT_RETURNABLE.exception();
        }
        long branchId = rows.getFirst().branchId();
        if (rows.stream().anyMatch(l -> l.branchId() != branchId)) {
            throw ReturnPickupErrorCode.MIXED_BRANCHES.exception();
        }
        ReaderWindow window = ReaderWindow.of(request.windowStart(), request.windowEnd());
        booking.reserve(readerId, branchId, request.addressId(), request.slotId(), window);
        LocalDateTime now = LocalDateTime.now(clock);
        ReturnPickup pickup = ReturnPickup.request(readerId.value(), branchId, request.addressId(), request.slotId(),
                ids.size(), Actor.reader(readerId), now);
        if (window != null) {
            pickup.setWindowStart(window.start());
            pickup.setWindowEnd(window.end());
        }
        store.insert(pickup);
        // the decision: a loan returned or promised since the read above is not taken twice (rolls everything back)
        if (loans.promise(pickup.getId(), readerId.value(), ids, now) != ids.size()) {
            throw ReturnPickupErrorCode.LOAN_NOT_RETURNABLE.exception();
        }
        pickupItems.insertItems(pickup.getId(), ids);
        return views.of(pickup, Viewer.OWNER);
    }

    public List<PickupView> mine(ReaderId reader) {
        return views.of(mapper.selectList(Wrappers.<ReturnPickup>lambdaQuery().eq(ReturnPickup::getReaderId, reader.value())
                .orderByDesc(ReturnPickup::getId).last("LIMIT 50")), Viewer.OWNER);
    }

    public PickupView detail(ReaderId reader, long id) {
        return views.of(store.owned(reader, id), Viewer.OWNER);
    }

    /** Cancelled before the courier sets off; cancelling twice answers the same. */
    @Transactional
    public PickupView cancel(ReaderId reader, long id) {
        ReturnPickup pickup = store.owned(reader, id);
        if (pickup.getStatus() == ReturnPickup.Status.CANCELLED) {
            return views.of(pickup, Viewer.OWNER);
        }
        if (pickup.getStatus() != ReturnPickup.Status.REQUESTED && pickup.getStatus() != ReturnPickup.Status.DISPATCHED) {
            throw ReturnPickupErrorCode.NOT_CANCELLABLE.exception();
        }
        cancellation.cancel(pickup, Actor.reader(reader), "读者取消");
        return views.of(pickup, Viewer.OWNER);
    }
}
