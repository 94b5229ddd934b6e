package com.taoshu.reservation;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.order.Fulfilment;
import com.taoshu.reservation.internal.ReservationMapper;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A reservation (预约): a reader queues for a title at a branch while no copy is free there. WAITING in the queue
 * (first come, first served) → FULFILLED when a returned or released copy is held for them in a new borrow order →
 * EXPIRED when that order is not picked up; CANCELLED by the reader while waiting. {@code activeKey} is set only while
 * WAITING, so a unique index allows one waiting reservation per reader, title and branch.
 */
@TableName("reservation")
public class Reservation {

    public enum Status implements LifecycleStatus<Status> {
        WAITING("排队中"), FULFILLED("已到书"), EXPIRED("未按时取书"), CANCELLED("已取消");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(WAITING)
                .move(WAITING, FULFILLED, CANCELLED)
                .move(FULFILLED, EXPIRED)
                .build();

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Lifecycle<Status> lifecycle() {
            return MOVES;
        }
    }

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private Long bookId;
    private Long branchId;
    private Fulfilment fulfilment;
    private Long addressId;
    private Status status;
    @TableField(updateStrategy = com.baomidou.mybatisplus.annotation.FieldStrategy.ALWAYS)
    private String activeKey;
    private Long orderId;
    private String note;
    private LocalDateTime readyAt;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;
    @TableField(exist = false)
    private final List<Transition<Status>> transitions = new ArrayList<>();

    static Reservation waiting(long readerId, long bookId, long branchId, Fulfilment fulfilment, Long addressId,
                               Actor by, String why, LocalDateTime now) {
        Reservation r = new Reservation();
        r.readerId = readerId;
        r.bookId = bookId;
        r.branchId = branchId;
        r.fulfilment = fulfilment;
        r.addressId = addressId;
        r.status = Status.WAITING;
        r.activeKey = readerId + ":" + bookId + ":" + branchId;
        r.version = 0;
        r.note = why;
        r.transitions.add(new Transition<>(null, Status.WAITING, by, why, now));
        return r;
    }

    /** Left the queue (by the reader or a librarian): only while WAITING; frees the one-waiting-per-title key. */
    public void cancel(String why, Actor by, LocalDateTime now) {
        moveTo(Status.CANCELLED, why, by, now);
        activeKey = null;
        note = why;
    }

    /** The order made for it ended without the reader taking the book. */
    public void expire(String why, Actor by, LocalDateTime now) {
        moveTo(Status.EXPIRED, why, by, now);
        note = why;
    }

    /**
     * The only way a reservation's status changes in Java (WAITING → FULFILLED is a conditional update in
     * {@link ReservationMapper#fulfil}, which takes both statuses from this enum, its history row written by the
     * service): a move its lifecycle allows, recorded for reservation_history.
     */
    private void moveTo(Status next, String why, Actor by, LocalDateTime now) {
        if (!status.canMoveTo(next)) {
            throw ReservationErrorCode.NOT_CANCELLABLE.exception();
        }
        transitions.add(new Transition<>(status, next, by, why, now));
        status = next;
    }

    /** The moves made since the last call, for the history written with the row (ReservationHistoryMapper). */
    public List<Transition<Status>> drainTransitions() {
        List<Transition<Status>> out = List.copyOf(transitions);
        transitions.clear();
        return out;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Long getBookId() { return bookId; }
    public void setBookId(Long bookId) { this.bookId = bookId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Fulfilment getFulfilment() { return fulfilment; }
    public void setFulfilment(Fulfilment fulfilment) { this.fulfilment = fulfilment; }
    public Long getAddressId() { return addressId; }
    public void setAddressId(Long addressId) { this.addressId = addressId; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getActiveKey() { return activeKey; }
    public void setActiveKey(String activeKey) { this.activeKey = activeKey; }
    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public LocalDateTime getReadyAt() { return readyAt; }
    public void setReadyAt(LocalDateTime readyAt) { this.readyAt = readyAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
