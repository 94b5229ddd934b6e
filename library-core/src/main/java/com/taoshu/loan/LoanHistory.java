package com.taoshu.loan;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.shared.security.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Loan events: STARTED, RENEWED (due before/after), RETURNED. */
@TableName("loan_history")
public class LoanHistory {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long loanId;
    private String action;
    private LocalDate dueBefore;
    private LocalDate dueAfter;
    private String actorType;
    private Long actorId;
    private LocalDateTime createdAt;

    public static LoanHistory of(long loanId, String action, LocalDate before, LocalDate after, Actor actor, LocalDateTime at) {
        LoanHistory h = new LoanHistory();
        h.loanId = loanId;
        h.action = action;
        h.dueBefore = before;
        h.dueAfter = after;
        h.actorType = actor.type().name();
        h.actorId = actor.id();
        h.createdAt = at;
        return h;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getLoanId() { return loanId; }
    public void setLoanId(Long loanId) { this.loanId = loanId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getDueBefore() { return dueBefore; }
    public void setDueBefore(LocalDate dueBefore) { this.dueBefore = dueBefore; }
    public LocalDate getDueAfter() { return dueAfter; }
    public void setDueAfter(LocalDate dueAfter) { this.dueAfter = dueAfter; }
    public String getActorType() { return actorType; }
    public void setActorType(String actorType) { this.actorType = actorType; }
    public Long getActorId() { return actorId; }
    public void setActorId(Long actorId) { this.actorId = actorId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
}
