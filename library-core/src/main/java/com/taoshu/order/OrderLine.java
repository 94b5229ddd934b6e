package com.taoshu.order;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One title of an order and the copy held for it. A line moves only as part of a move of its order (approval with
 * some titles refused, rejection, cancel, expiry, handover, a delivery back to the shelf), through {@link #moveTo},
 * which asks {@link LineStatus#canMoveTo} and records the transition; {@code OrderStore.saveLine} writes the row and
 * its {@code order_line_history} rows together.
 */
@TableName("borrow_order_line")
public class OrderLine {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long orderId;
    private Long bookId;
    private Long copyId;
    private LineStatus status;
    private String rejectReason;
    private LocalDateTime createdAt;

    @TableField(exist = false)
    private final List<Transition<LineStatus>> pendingTransitions = new ArrayList<>();

    public static OrderLine held(long orderId, long bookId, long copyId, LocalDateTime now) {
        OrderLine line = new OrderLine();
        line.orderId = orderId;
        line.bookId = bookId;
        line.copyId = copyId;
        line.status = LineStatus.HELD;
        line.createdAt = now;
        return line;
    }

    public boolean isHeld() {
        return status == LineStatus.HELD;
    }

    /** Its copy became the reader's loan, at the order's handover. */
    public void lend(Actor by, LocalDateTime now) {
        moveTo(LineStatus.LENT, by, null, now);
    }

    /** Its copy went back to the shelf: REJECTED by the librarian or RELEASED when the order closed; why, if known. */
    public void close(LineStatus outcome, String reason, Actor by, LocalDateTime now) {
        moveTo(outcome, by, reason, now);
        rejectReason = reason;
    }

    /** The one gate, as for the order: refuses a move the lifecycle does not allow and records the one it makes. */
    private void moveTo(LineStatus next, Actor by, String reason, LocalDateTime now) {
        status.lifecycle().check(status, next, OrderErrorCode.ORDER_STATE, "该书目当前为");
        pendingTransitions.add(new Transition<>(status, next, by, reason, now));
        status = next;
    }

    public List<Transition<LineStatus>> drainTransitions() {
        List<Transition<LineStatus>> drained = List.copyOf(pendingTransitions);
        pendingTransitions.clear();
        return drained;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public Long getBookId() { return bookId; }
    public void setBookId(Long bookId) { this.bookId = bookId; }
    public Long getCopyId() { return copyId; }
    public void setCopyId(Long copyId) { this.copyId = copyId; }
    public LineStatus getStatus() { return status; }
    public void setStatus(LineStatus status) { this.status = status; }
    public String getRejectReason() { return rejectReason; }
    public void setRejectReason(String rejectReason) { this.rejectReason = rejectReason; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
