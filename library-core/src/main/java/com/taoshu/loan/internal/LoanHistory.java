package com.taoshu.loan.internal;

import com.baomidou.mybatisplus.annotation.TableName;
import com.taoshu.loan.Loan;
import com.taoshu.shared.history.HistoryRecord;
import com.taoshu.shared.security.Actor;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Loan events: STARTED, RENEWED (due before/after), RETURNED. */
@TableName("loan_history")
public class LoanHistory extends HistoryRecord {

    private Long loanId;
    private String action;
    private LocalDate dueBefore;
    private LocalDate dueAfter;

    public static LoanHistory of(long loanId, String action, LocalDate before, LocalDate after, Actor actor, LocalDateTime at) {
        LoanHistory h = new LoanHistory();
        h.loanId = loanId;
        h.action = action;
        h.dueBefore = before;
        h.dueAfter = after;
        h.recordedBy(actor, at);
        return h;
    }

    public Long getLoanId() { return loanId; }
    public void setLoanId(Long loanId) { this.loanId = loanId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public LocalDate getDueBefore() { return dueBefore; }
    public void setDueBefore(LocalDate dueBefore) { this.dueBefore = dueBefore; }
    public LocalDate getDueAfter() { return dueAfter; }
    public void setDueAfter(LocalDate dueAfter) { this.dueAfter = dueAfter; }
}
