package com.taoshu.order;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDateTime;

/** One title of an order and the copy held for it. */
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

    /** Its copy became the reader's loan. */
    public void lend() {
        moveTo(LineStatus.LENT);
    }

    /** Its copy went back to the shelf: REJECTED by the librarian or RELEASED when the order closed; why, if known. */
    public void close(LineStatus outcome, String reason) {
        moveTo(outcome);
        rejectReason = reason;
    }

    /** Lines have no history of their own: their moves follow the order's, which order_history records. */
    private void moveTo(LineStatus next) {
        status.lifecycle().check(status, next, OrderErrorCode.ORDER_STATE, "该书目当前为");
        status = next;
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
