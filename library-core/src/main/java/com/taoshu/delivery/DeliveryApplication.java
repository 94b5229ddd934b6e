package com.taoshu.delivery;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.lifecycle.Labelled;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import java.time.LocalDateTime;

/** A reader's application for home delivery (送书上门), decided by a librarian. */
@TableName("delivery_application")
public class DeliveryApplication {

    public enum Reason implements Labelled {
        ELDERLY("老年读者"), DISABLED("行动不便"), BUSY("工作繁忙");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    public enum Status implements LifecycleStatus<Status> {
        PENDING("待审核"), APPROVED("已通过"), REJECTED("未通过");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(PENDING)
                .move(PENDING, APPROVED, REJECTED)
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
    private Reason reason;
    private String note;
    private Status status;
    private Long decidedBy;
    private String decisionNote;
    private LocalDateTime decidedAt;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    public static DeliveryApplication apply(long readerId, Reason reason, String note) {
        DeliveryApplication a = new DeliveryApplication();
        a.readerId = readerId;
        a.reason = reason;
        a.note = note;
        a.status = Status.PENDING;
        a.version = 0;
        return a;
    }

    public void decide(boolean approve, long staffId, String note, LocalDateTime at) {
        Status next = approve ? Status.APPROVED : Status.REJECTED;
        if (!status.canMoveTo(next)) {
            throw DeliveryErrorCode.APPLICATION_DECIDED.exception();
        }
        status = next;
        decidedBy = staffId;
        decisionNote = note;
        decidedAt = at;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Reason getReason() { return reason; }
    public void setReason(Reason reason) { this.reason = reason; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public Long getDecidedBy() { return decidedBy; }
    public void setDecidedBy(Long decidedBy) { this.decidedBy = decidedBy; }
    public String getDecisionNote() { return decisionNote; }
    public void setDecisionNote(String decisionNote) { this.decisionNote = decisionNote; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
