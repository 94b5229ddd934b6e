package com.taoshu.order;

import com.taoshu.catalog.CopyHolds;
import com.taoshu.order.internal.OrderNumbers;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.persistence.CallersTransaction;
import com.taoshu.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The one way a borrow order comes into being, used by the reader's submit from the cart
 * ({@link OrderSubmissionService}) and by a reservation whose copy came back (the reservation module's offer): the
 * order numbered and SUBMITTED with its history, one HELD line per copy, each copy held for the order, and — when the
 * caller says so — approved at once by the system through {@link OrderApprovalService}, like any approval.
 * <p>
 * What differs stays with the caller and is decided before: which copies (claimed by the caller), the reader's checks,
 * the delivery slot (booked by the caller), what else changes with the order (the cart emptied, the reservation
 * fulfilled). Runs in the caller's transaction, so a copy that cannot be held undoes all of it.
 */
@Component
public class OrderPlacement {

    private final OrderStore store;
    private final OrderNumbers numbers;
    private final CopyHolds copies;
    private final OrderApprovalService approval;
    private final Clock clock;

    public OrderPlacement(OrderStore store, OrderNumbers numbers, CopyHolds copies, OrderApprovalService approval,
                          Clock clock) {
        this.store = store;
        this.numbers = numbers;
        this.copies = copies;
        this.approval = approval;
        this.clock = clock;
    }

    /** One line: a copy the caller has claimed for the title; {@code title} names it in a refusal (null: unnamed). */
    public record NewLine(long bookId, long copyId, String title) {
    }

    /**
     * @param slotId       a DELIVERY order's slot, already booked by the caller; null for PICKUP
     * @param windowStart  the reader's narrower time in the slot (both or neither)
     * @param approveNote  non-null: approved at once by the system with this note (诚信通, a reservation's copy)
     */
    public record NewOrder(long readerId, long branchId, Fulfilment fulfilment, Long addressId, Long slotId,
                           LocalTime windowStart, LocalTime windowEnd, Actor by, List<NewLine> lines,
                           String approveNote) {
    }

    /** The placed order (SUBMITTED, or approved when {@code approveNote} is given). */
    public BorrowOrder place(NewOrder o) {
        CallersTransaction.require(); // Propagation.MANDATORY without the proxy: this is the order-submit hot path
        if (o.lines().isEmpty()) {
            throw OrderErrorCode.EMPTY_ORDER.exception();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        BorrowOrder order = BorrowOrder.submit(numbers.next(), o.readerId(), o.branchId(), o.fulfilment(), o.addressId(),
                o.slotId(), o.by(), now);
        order.setWindowStart(o.windowStart());
        order.setWindowEnd(o.windowEnd());
        store.insert(order);
        for (NewLine line : o.lines()) {
            if (!copies.hold(line.copyId(), order.getId())) {
                throw unavailable(line.title());
            }
            store.insertLine(OrderLine.held(order.getId(), line.bookId(), line.copyId(), now));
        }
        if (o.approveNote() != null) {
            approval.approve(order, List.of(), o.approveNote(), Actor.SYSTEM);
        }
        return order;
    }

    /** A title with no copy left at the branch (409), named when known. */
    static BizException unavailable(String title) {
        return title == null ? OrderErrorCode.COPY_UNAVAILABLE.exception()
                : new BizException(OrderErrorCode.COPY_UNAVAILABLE, "《" + title + "》在该分馆已无可借复本，请从借书车移除后再提交");
    }
}
