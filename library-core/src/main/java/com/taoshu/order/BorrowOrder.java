package com.taoshu.order;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A borrow order (借书订单): a reader's titles at one branch, fulfilled at the desk (PICKUP) or at the door (DELIVERY).
 * Every status change goes through {@link #moveTo}, which asks {@link OrderStatus#canMoveTo} and records the
 * transition; {@code OrderStore.save} writes the row (optimistic version) and the history together.
 */
@TableName("borrow_order")
public class BorrowOrder {

    @TableId(type = IdType.AUTO)
    private Long id;
    private String orderNo;
    private Long readerId;
    private Long branchId;
    private Fulfilment fulfilment;
    private OrderStatus status;
    private Long addressId;
    private Long slotId;
    // nullable on purpose: a re-booked order loses its window, a dispatched one its note
    @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
    private java.time.LocalTime windowStart;
    @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
    private java.time.LocalTime windowEnd;
    private LocalDateTime pickupDeadline;
    private String rejectReason;
    private Integer deliveryAttempts;
    // cleared when a delivery fails: the old code must not open the retry's handover (updateById skips nulls otherwise)
    @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
    private String handoverCode;
    private String shelfSlot;
    @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
    private String dispatchNote;
    private LocalDateTime submittedAt;
    private LocalDateTime decidedAt;
    private LocalDateTime closedAt;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    @TableField(exist = false)
    private final List<Transition<OrderStatus>> pendingTransitions = new ArrayList<>();
    /** The last move made on this instance (kept after the store drained it): its lines move with it, by the same actor. */
    @TableField(exist = false)
    private Transition<OrderStatus> lastMove;

    public static BorrowOrder submit(String orderNo, long readerId, long branchId, Fulfilment fulfilment, Long addressId,
                                     Long slotId, Actor by, LocalDateTime now) {
        BorrowOrder order = new BorrowOrder();
        order.orderNo = orderNo;
        order.readerId = readerId;
        order.branchId = branchId;
        order.fulfilment = fulfilment;
        order.status = OrderStatus.SUBMITTED;
        order.addressId = addressId;
        order.slotId = slotId;
        order.deliveryAttempts = 0;
        order.version = 0;
        order.submittedAt = now;
        order.pendingTransitions.add(new Transition<>(null, OrderStatus.SUBMITTED, by, null, now));
        return order;
    }

    /** The one gate: refuses a change the lifecycle does not allow, with the current status in the message. */
    public void moveTo(OrderStatus next, Actor by, String reason, LocalDateTime now) {
        status.lifecycle().check(status, next, OrderErrorCode.ORDER_STATE, "订单当前状态为");
        lastMove = new Transition<>(status, next, by, reason, now);
        pendingTransitions.add(lastMove);
        status = next;
        if (!next.isOpen()) {
            closedAt = now;
        }
    }

    /** Approved: a pickup order goes straight onto the holding shelf (暂存架) until the deadline, a delivery order waits for dispatch. */
    public void approve(Actor by, String note, LocalDateTime now, LocalDateTime pickupDeadline) {
        moveTo(OrderStatus.APPROVED, by, note, now);
        decidedAt = now;
        if (fulfilment == Fulfilment.PICKUP) {
            this.pickupDeadline = pickupDeadline;
            moveTo(OrderStatus.READY_FOR_PICKUP, by, null, now);
        } else {
            moveTo(OrderStatus.AWAITING_DISPATCH, by, null, now);
        }
    }

    /**
     * On the holding shelf: at its slot ({@code null} when the shelf was full) and with the 4-digit code the reader
     * says or shows at the desk to collect it.
     */
    public void placeOnShelf(String slot, String pickupCode) {
        if (status != OrderStatus.READY_FOR_PICKUP) {
            throw new BizException(OrderErrorCode.ORDER_STATE, "订单当前状态为「" + status.label() + "」，不在暂存架上");
        }
        shelfSlot = slot;
        handoverCode = pickupCode;
    }

    public void reject(Actor by, String reason, LocalDateTime now) {
        moveTo(OrderStatus.REJECTED, by, reason, now);
        rejectReason = reason;
        decidedAt = now;
    }

    public void cancel(Actor by, String reason, LocalDateTime now) {
        moveTo(OrderStatus.CANCELLED, by, reason, now);
    }

    public void handOver(Actor by, LocalDateTime now) {
        moveTo(OrderStatus.PICKED_UP, by, null, now);
    }

    public void expire(LocalDateTime now) {
        moveTo(OrderStatus.EXPIRED, Actor.SYSTEM, "超过取书期限未取", now);
    }

    /** Planned onto a courier's route. */
    public void dispatch(Actor by, LocalDateTime now) {
        moveTo(OrderStatus.DISPATCHED, by, null, now);
        dispatchNote = null;
    }

    /** The courier set off: the reader's 4-digit handover code is issued now. */
    public void goOut(Actor by, String code, LocalDateTime now) {
        moveTo(OrderStatus.OUT_FOR_DELIVERY, by, null, now);
        handoverCode = code;
    }

    public void delivered(Actor by, String note, LocalDateTime now) {
        moveTo(OrderStatus.DELIVERED, by, note, now);
    }

    /**
     * Not handed over. Retried in a later slot while attempts remain (at most {@code maxRetries}), else back to the
     * shelf. Returns true when it goes back to the dispatch queue.
     */
    public boolean deliveryFailed(Actor by, String reason, int maxRetries, Long nextSlotId, LocalDateTime now) {
        moveTo(OrderStatus.DELIVERY_FAILED, by, reason, now);
        handoverCode = null;
        deliveryAttempts = deliveryAttempts + 1;
        if (deliveryAttempts <= maxRetries && nextSlotId != null) {
            slotId = nextSlotId;
            moveTo(OrderStatus.AWAITING_DISPATCH, Actor.SYSTEM, "改约下一配送时段（第" + deliveryAttempts + "次重试）", now);
            return true;
        }
        moveTo(OrderStatus.RETURNED_TO_SHELF, Actor.SYSTEM,
                nextSlotId == null && deliveryAttempts <= maxRetries ? "没有可改约的配送时段，退回书架" : "多次配送失败，退回书架", now);
        return false;
    }

    /**
     * Still waiting for a courier, now in another slot (its own slot's couriers cannot take it any more). The reader's
     * narrower window was a time of the old slot, so it goes.
     */
    public void rebook(long nextSlotId, String note) {
        if (status != OrderStatus.AWAITING_DISPATCH) {
            throw new BizException(OrderErrorCode.ORDER_STATE, "订单当前状态不能改约配送时段");
        }
        slotId = nextSlotId;
        windowStart = null;
        windowEnd = null;
        dispatchNote = note;
    }

    /** Who moved this order last and when; a move must have been made on this instance. */
    public Transition<OrderStatus> lastMove() {
        if (lastMove == null) {
            throw new IllegalStateException("order " + id + " has not moved since it was loaded");
        }
        return lastMove;
    }

    public List<Transition<OrderStatus>> drainTransitions() {
        List<Transition<OrderStatus>> drained = List.copyOf(pendingTransitions);
        pendingTransitions.clear();
        return drained;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getOrderNo() { return orderNo; }
    public void setOrderNo(String orderNo) { this.orderNo = orderNo; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Fulfilment getFulfilment() { return fulfilment; }
    public void setFulfilment(Fulfilment fulfilment) { this.fulfilment = fulfilment; }
    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; }
    public Long getAddressId() { return addressId; }
    public void setAddressId(Long addressId) { this.addressId = addressId; }
    public java.time.LocalTime getWindowStart() { return windowStart; }
    public void setWindowStart(java.time.LocalTime windowStart) { this.windowStart = windowStart; }
    public java.time.LocalTime getWindowEnd() { return windowEnd; }
    public void setWindowEnd(java.time.LocalTime windowEnd) { this.windowEnd = windowEnd; }
    public Long getSlotId() { return slotId; }
    public void setSlotId(Long slotId) { this.slotId = slotId; }
    public LocalDateTime getPickupDeadline() { return pickupDeadline; }
    public void setPickupDeadline(LocalDateTime pickupDeadline) { this.pickupDeadline = pickupDeadline; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
    public Integer getDeliveryAttempts() { return deliveryAttempts; }
    public void setDeliveryAttempts(Integer deliveryAttempts) { this.deliveryAttempts = deliveryAttempts; }
    public String getHandoverCode() { return handoverCode; }
    public void setHandoverCode(String handoverCode) { this.handoverCode = handoverCode; }
    public String getShelfSlot() { return shelfSlot; }
    public void setShelfSlot(String shelfSlot) { this.shelfSlot = shelfSlot; }
    public String getDispatchNote() { return dispatchNote; }
    public void setDispatchNote(String dispatchNote) { this.dispatchNote = dispatchNote; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
    public LocalDateTime getClosedAt() { return closedAt; }
    public void setClosedAt(LocalDateTime closedAt) { this.closedAt = closedAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
