package com.taoshu.upgrade;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.reader.CardType;
import com.taoshu.shared.history.Transition;
import com.taoshu.shared.lifecycle.Lifecycle;
import com.taoshu.shared.lifecycle.LifecycleStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader's application for a better card (用户升级; today 诚信通), decided by a librarian of the reader's home branch:
 * <pre>
 * PENDING ──approve──> APPROVED   (the card type changes, in the card's own history too)
 *    ├────reject (reason)──> REJECTED
 *    └────reader withdraws──> WITHDRAWN
 * </pre>
 * Every move is checked by {@link Status#canMoveTo} and recorded (drained into card_application_history by the store).
 */
@TableName("card_application")
public class CardApplication {

    public enum Status implements LifecycleStatus<Status> {
        PENDING("待审核"), APPROVED("已通过"), REJECTED("未通过"), WITHDRAWN("已撤回");

        private static final Lifecycle<Status> MOVES = Lifecycle.startingAt(PENDING)
                .move(PENDING, APPROVED, REJECTED, WITHDRAWN)
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
    private CardType targetType;
    private String reason;
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
    @TableField(exist = false)
    private final List<Transition<Status>> transitions = new ArrayList<>();

    public static CardApplication apply(long readerId, CardType target, String reason, Actor by, LocalDateTime now) {
        CardApplication a = new CardApplication();
        a.readerId = readerId;
        a.targetType = target;
        a.reason = reason;
        a.status = Status.PENDING;
        a.version = 0;
        a.transitions.add(new Transition<>(null, Status.PENDING, by, reason, now));
        return a;
    }

    public void approve(String note, Actor by, LocalDateTime now) {
        decide(Status.APPROVED, note, by, now);
    }

    public void reject(String reason, Actor by, LocalDateTime now) {
        decide(Status.REJECTED, reason, by, now);
    }

    public void withdraw(Actor by, LocalDateTime now) {
        moveTo(Status.WITHDRAWN, by, "读者撤回", now);
    }

    private void decide(Status next, String note, Actor by, LocalDateTime now) {
        moveTo(next, by, note, now);
        decidedBy = by.id();
        decisionNote = note;
        decidedAt = now;
    }

    private void moveTo(Status next, Actor by, String why, LocalDateTime now) {
        if (!status.canMoveTo(next)) {
            throw CardApplicationErrorCode.BAD_STATE.exception("该申请当前为「" + status.label() + "」，不能变为「"
                    + next.label() + "」");
        }
        transitions.add(new Transition<>(status, next, by, why, now));
        status = next;
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
    public CardType getTargetType() { return targetType; }
    public void setTargetType(CardType targetType) { this.targetType = targetType; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
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
