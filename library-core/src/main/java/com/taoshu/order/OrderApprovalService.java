package com.taoshu.order;

import com.taoshu.catalog.CopyHolds;
import com.taoshu.catalog.CopyReleased;
import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.BorrowRules;
import com.taoshu.order.internal.BorrowOrderMapper;
import com.taoshu.order.internal.HoldingShelf;
import com.taoshu.reader.Readers;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A librarian's decision on a SUBMITTED order: approve all, approve some (the other lines released with a reason),
 * or reject. Two librarians deciding at once: the optimistic version lets exactly one win; the other gets 409.
 * Auto-approval (actor SYSTEM) goes through the same {@link #approve}.
 */
@Service
public class OrderApprovalService {

    /** The holding shelf closes with the library at 20:00 on the last pickup day. */
    static final LocalTime SHELF_CLOSES = LocalTime.of(20, 0);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final OrderStore store;
    private final CopyHolds copies;
    private final BorrowRules rules;
    private final Readers readers;
    private final SlotBooking delivery;
    private final HoldingShelf shelf;
    private final BorrowOrderMapper orderMapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OrderApprovalService(OrderStore store, CopyHolds copies, BorrowRules rules, Readers readers,
                                SlotBooking delivery, HoldingShelf shelf, BorrowOrderMapper orderMapper,
                                ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.shelf = shelf;
        this.orderMapper = orderMapper;
        this.copies = copies;
        this.rules = rules;
        this.readers = readers;
        this.delivery = delivery;
        this.events = events;
        this.clock = clock;
    }

    /** A librarian's approval at the desk: an order of another branch is "not found" to them. */
    @Transactional
    public void approve(long orderId, List<Long> rejectLineIds, String reason, StaffPrincipal by) {
        BorrowOrder order = store.visibleTo(by, orderId);
        approve(order, rejectLineIds == null ? List.of() : rejectLineIds, reason, Actor.staff(by));
    }

    /** The system approves an order it made itself (a reservation's copy came back). */
    @Transactional
    public void approveBySystem(long orderId, String note) {
        approve(store.get(orderId), List.of(), note, Actor.SYSTEM);
    }

    void approve(BorrowOrder order, List<Long> rejectLineIds, String reason, Actor by) {
        LocalDateTime now = LocalDateTime.now(clock);
        BorrowRule rule = rules.of(readers.get(order.getReaderId()).getCardType());
        LocalDateTime deadline = now.toLocalDate().plusDays(rule.getPickupDays()).atTime(SHELF_CLOSES);
        List<OrderLine> lines = store.lines(order.getId());
        Set<Long> rejected = new HashSet<>(rejectLineIds);
        if (!rejected.isEmpty()) {
            Set<Long> ids = new HashSet<>(lines.stream().map(OrderLine::getId).toList());
            if (!ids.containsAll(rejected)) {
                throw OrderErrorCode.LINE_NOT_IN_ORDER.exception();
            }
            if (reason == null || reason.isBlank()) {
                throw OrderErrorCode.REASON_REQUIRED.exception();
            }
            if (lines.stream().filter(OrderLine::isHeld).allMatch(l -> rejected.contains(l.getId()))) {
                throw OrderErrorCode.ALL_LINES_REJECTED.exception();
            }
        }
        String note = rejected.isEmpty() ? null : "部分通过：" + reason;
        order.approve(by, note, now, deadline);
        store.save(order); // first: a concurrent decision fails here before any copy is touched
        for (OrderLine line : lines) {
            if (rejected.contains(line.getId()) && line.isHeld()) {
                line.close(LineStatus.REJECTED, reason, by, now);
                store.saveLine(line);
                release(line, order.getBranchId());
            }
        }
        if (order.getFulfilment() == Fulfilment.PICKUP) {
            // after the first save, so a concurrent decision on the same order has failed before taking a slot
            order.placeOnShelf(shelf.assign(order.getBranchId(), order.getId(), now).orElse(null),
                    pickupCode(order.getBranchId()));
            store.save(order);
        }
        events.publishEvent(new OrderEvents.OrderApproved(order.getId(), order.getReaderId(), order.getFulfilment(),
                by.type() == Actor.Type.SYSTEM, now.toLocalDate()));
        if (order.getFulfilment() == Fulfilment.PICKUP) {
            events.publishEvent(new OrderEvents.OrderReadyForPickup(order.getId(), order.getReaderId(),
                    order.getBranchId(), order.getPickupDeadline(), now.toLocalDate()));
        }
    }

    @Transactional
    public void reject(long orderId, String reason, StaffPrincipal by) {
        BorrowOrder order = store.visibleTo(by, orderId);
        order.reject(Actor.staff(by), reason, LocalDateTime.now(clock));
        store.save(order);
        releaseAll(order, LineStatus.REJECTED, reason);
        events.publishEvent(new OrderEvents.OrderRejected(order.getId(), order.getReaderId(), reason, LocalDate.now(clock)));
    }

    /**
     * A 4-digit code no other order on the branch's shelf has, so the code alone finds the order at the desk (two
     * approvals drawing the same code at the same moment is left to chance: 1 in 10,000, and the desk then asks for
     * the e-card).
     */
    private String pickupCode(long branchId) {
        java.util.Set<String> inUse = new HashSet<>(orderMapper.pickupCodesOnShelf(branchId));
        for (int attempt = 0; attempt < 50; attempt++) {
            String code = String.format("%04d", RANDOM.nextInt(10_000));
            if (!inUse.contains(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free pickup code on the shelf of branch " + branchId);
    }

    /** Releases every still-held line of a closed order (reject, cancel, expiry), its delivery slot and its shelf slot. */
    void releaseAll(BorrowOrder order, LineStatus lineStatus, String reason) {
        shelf.free(order.getId());
        if (order.getFulfilment() == Fulfilment.DELIVERY) {
            delivery.release(order.getSlotId());
        }
        for (OrderLine line : store.lines(order.getId())) {
            if (line.isHeld()) {
                line.close(lineStatus, reason, order.lastMove().actor(), order.lastMove().at());
                store.saveLine(line);
                release(line, order.getBranchId());
            }
        }
    }

    /** A delivery that ends back on the shelf: its copies return, its slot unit was used. */
    void releaseCopies(BorrowOrder order, String reason) {
        for (OrderLine line : store.lines(order.getId())) {
            if (line.isHeld()) {
                line.close(LineStatus.RELEASED, reason, order.lastMove().actor(), order.lastMove().at());
                store.saveLine(line);
                release(line, order.getBranchId());
            }
        }
    }

    private void release(OrderLine line, long branchId) {
        if (copies.release(line.getCopyId(), line.getOrderId())) {
            events.publishEvent(new CopyReleased(line.getCopyId(), line.getBookId(), branchId));
        }
    }
}
