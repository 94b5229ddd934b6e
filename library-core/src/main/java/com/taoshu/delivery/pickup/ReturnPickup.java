package com.taoshu.delivery.pickup;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.FieldStrategy;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A return pickup (上门取还): loans a reader hands back to a courier at the door in a delivery slot. Its lifecycle:
 * <pre>
 * REQUESTED ──plan──> DISPATCHED ──route starts──> OUT ──collected──> COLLECTED ──branch checks in──> CHECKED_IN
 *     │                   │                         │
 *     └──── cancel ───────┘                         └──not at home──> REQUESTED (next slot, at most twice) / CANCELLED
 * </pre>
 * Every move is checked by {@link Status#canMoveTo} and recorded (drained into return_pickup_history by the store).
 */
@TableName("return_pickup")
public class ReturnPickup {

    public static final int MAX_RETRIES = 2;

    public enum Status implements LifecycleStatus<Status> {
        REQUESTED("待派送"), DISPATCHED("已排线"), OUT("上门取书中"), COLLECTED("已取回"), CHECKED_IN("已入库"),
        CANCELLED("已取消");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(REQUESTED)
                .move(REQUESTED, DISPATCHED, CANCELLED)
                .move(DISPATCHED, OUT, REQUESTED, CANCELLED)
                .move(OUT, COLLECTED, REQUESTED, CANCELLED)
                .move(COLLECTED, CHECKED_IN)
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

        /** Still waiting for the courier: the reader may cancel, the loans are promised to it. */
        public boolean isOpen() {
            return this == REQUESTED || this == DISPATCHED || this == OUT;
        }
    }


    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private Long branchId;
    private Long addressId;
    private Long slotId;
    // nullable on purpose: a re-booked pickup loses its window, a dispatched one its note (updateById skips nulls otherwise)
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalTime windowStart;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private LocalTime windowEnd;
    private Status status;
    private Integer books;
    private Integer attempts;
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String dispatchNote;
    private String failReason;
    /** The reader's 4-digit code while the courier is out (as for a handover); cleared when the visit ends. */
    @TableField(updateStrategy = FieldStrategy.ALWAYS)
    private String handoverCode;
    private LocalDateTime collectedAt;
    private LocalDateTime checkedInAt;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;
    @TableField(exist = false)
    private final List<Transition<Status>> transitions = new ArrayList<>();

    public static ReturnPickup request(long readerId, long branchId, long addressId, long slotId, int books, Actor by,
                                       LocalDateTime now) {
        ReturnPickup p = new ReturnPickup();
        p.readerId = readerId;
        p.branchId = branchId;
        p.addressId = addressId;
        p.slotId = slotId;
        p.books = books;
        p.attempts = 0;
        p.version = 0;
        p.status = Status.REQUESTED;
        p.transitions.add(new Transition<>(null, Status.REQUESTED, by, null, now));
        return p;
    }

    /** Moves to {@code next}; false when already there (a retried call changes nothing); 409 when not allowed. */
    public boolean moveTo(Status next, Actor by, String reason, LocalDateTime now) {
        if (status == next) {
            return false;
        }
        status.lifecycle().check(status, next, ReturnPickupErrorCode.BAD_STATE, "该上门取书单当前为");
        transitions.add(new Transition<>(status, next, by, reason, now));
        status = next;
        return true;
    }

    /** The courier set off: the reader's code for the door is issued now. */
    public void goOut(Actor by, String code, LocalDateTime now) {
        if (moveTo(Status.OUT, by, null, now)) {
            handoverCode = code;
        }
    }

    /** The books are in the courier's bag: the code has done its work. */
    public void collected(Actor by, String reason, LocalDateTime now) {
        moveTo(Status.COLLECTED, by, reason, now);
        collectedAt = now;
        handoverCode = null;
    }

    /** Not collected: back to REQUESTED in the next slot while retries are left, otherwise cancelled. */
    public void failed(Long nextSlotId, Actor by, String reason, LocalDateTime now) {
        failReason = reason;
        handoverCode = null;
        if (nextSlotId != null && attempts < MAX_RETRIES) {
            attempts++;
            slotId = nextSlotId;
            moveTo(Status.REQUESTED, by, reason + "，改约下一时段", now);
        } else {
            moveTo(Status.CANCELLED, by, reason + "，请到馆归还", now);
        }
    }

    /**
     * Still waiting for a courier, now in another slot (no route of its own slot can take it any more). The reader's
     * narrower window was a time of the old slot, so it goes.
     */
    public void rebook(long nextSlotId, String note) {
        if (status != Status.REQUESTED) {
            throw ReturnPickupErrorCode.BAD_STATE.exception("该上门取书单当前为「" + status.label() + "」，不能改约时段");
        }
        slotId = nextSlotId;
        windowStart = null;
        windowEnd = null;
        dispatchNote = note;
    }

    public boolean mayRetry() {
        return attempts < MAX_RETRIES;
    }

    List<Transition<Status>> drainTransitions() {
        List<Transition<Status>> out = List.copyOf(transitions);
        transitions.clear();
        return out;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Long getAddressId() { return addressId; }
    public void setAddressId(Long addressId) { this.addressId = addressId; }
    public Long getSlotId() { return slotId; }
    public void setSlotId(Long slotId) { this.slotId = slotId; }
    public LocalTime getWindowStart() { return windowStart; }
    public void setWindowStart(LocalTime windowStart) { this.windowStart = windowStart; }
    public LocalTime getWindowEnd() { return windowEnd; }
    public void setWindowEnd(LocalTime windowEnd) { this.windowEnd = windowEnd; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Integer getBooks() { return books; }
    public void setBooks(Integer books) { this.books = books; }
    public Integer getAttempts() { return attempts; }
    public void setAttempts(Integer attempts) { this.attempts = attempts; }
    public String getDispatchNote() { return dispatchNote; }
    public void setDispatchNote(String dispatchNote) { this.dispatchNote = dispatchNote; }
    public String getFailReason() { return failReason; }
    public void setFailReason(String failReason) { this.failReason = failReason; }
    public String getHandoverCode() { return handoverCode; }
    public void setHandoverCode(String handoverCode) { this.handoverCode = handoverCode; }
    public LocalDateTime getCollectedAt() { return collectedAt; }
    public void setCollectedAt(LocalDateTime collectedAt) { this.collectedAt = collectedAt; }
    public LocalDateTime getCheckedInAt() { return checkedInAt; }
    public void setCheckedInAt(LocalDateTime checkedInAt) { this.checkedInAt = checkedInAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
