package com.taoshu.loan;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.shared.error.BizException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** A loan (借阅): one copy in a reader's hands from handover until it is returned. */
@TableName("loan")
public class Loan {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long readerId;
    private Long bookId;
    private Long copyId;
    private Long branchId;
    private Long orderId;
    private LoanStatus status;
    private LocalDateTime borrowedAt;
    private LocalDate dueDate;
    private Integer renewCount;
    private LocalDateTime returnedAt;
    private Long returnPickupId;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    /** Starts at handover: due = handover date + the card's loan days. */
    public static Loan start(long readerId, long bookId, long copyId, long branchId, Long orderId, BorrowRule rule,
                             LocalDateTime handover) {
        Loan loan = new Loan();
        loan.readerId = readerId;
        loan.bookId = bookId;
        loan.copyId = copyId;
        loan.branchId = branchId;
        loan.orderId = orderId;
        loan.status = LoanStatus.ACTIVE;
        loan.borrowedAt = handover;
        loan.dueDate = handover.toLocalDate().plusDays(rule.getLoanDays());
        loan.renewCount = 0;
        loan.version = 0;
        return loan;
    }

    public long overdueDays(LocalDate today) {
        if (status != LoanStatus.ACTIVE || !today.isAfter(dueDate)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(dueDate, today);
    }

    /**
     * Renews by the rule's renewal days from the later of the due date and today. Refused beyond the rule's renewal
     * count, when overdue beyond the rule's grace, or when other readers are waiting and no other copy is free.
     */
    public LocalDate renew(BorrowRule rule, LocalDate today, boolean othersWaitingWithNoOtherCopy) {
        requireActive();
        if (renewCount >= rule.getMaxRenewals()) {
            throw new BizException(LoanErrorCode.RENEW_LIMIT, "已续借" + renewCount + "次，达到" + rule.getMaxRenewals() + "次的上限");
        }
        long overdue = overdueDays(today);
        if (overdue > rule.getRenewOverdueGraceDays()) {
            throw new BizException(LoanErrorCode.RENEW_OVERDUE, "这本书已逾期" + overdue + "天，不能续借，请尽快归还");
        }
        if (othersWaitingWithNoOtherCopy) {
            throw LoanErrorCode.RENEW_OTHERS_WAITING.exception();
        }
        LocalDate base = dueDate.isAfter(today) ? dueDate : today;
        dueDate = base.plusDays(rule.getRenewDays());
        renewCount++;
        return dueDate;
    }

    /** Checked in at the branch: from the reader's hands (ACTIVE) or from a courier's bag (RETURN_COLLECTED). */
    public void giveBack(LocalDateTime at) {
        moveTo(LoanStatus.RETURNED);
        returnedAt = at;
    }

    /** Handed to a courier at the door for its return pickup (ACTIVE only): no longer with the reader, not yet in. */
    public void collectedAtDoor() {
        moveTo(LoanStatus.RETURN_COLLECTED);
    }

    /**
     * Closed with a loss: LOST or DAMAGED, from the reader's hands (ACTIVE only: a copy in a courier's bag is checked
     * in first). The copy leaves circulation; the loan is never overdue again.
     */
    public void closeWithLoss(LoanStatus outcome) {
        if (outcome != LoanStatus.LOST && outcome != LoanStatus.DAMAGED) {
            throw new IllegalArgumentException("not a loss outcome: " + outcome);
        }
        moveTo(outcome);
    }

    /** The only way a loan's status changes: a move its {@link LoanStatus} lifecycle allows, else "not active" (409). */
    private void moveTo(LoanStatus next) {
        if (!status.canMoveTo(next)) {
            throw LoanErrorCode.LOAN_NOT_ACTIVE.exception();
        }
        status = next;
    }

    private void requireActive() {
        if (status != LoanStatus.ACTIVE) {
            throw LoanErrorCode.LOAN_NOT_ACTIVE.exception();
        }
    }

    public Long getReturnPickupId() { return returnPickupId; }
    public void setReturnPickupId(Long returnPickupId) { this.returnPickupId = returnPickupId; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Long getBookId() { return bookId; }
    public void setBookId(Long bookId) { this.bookId = bookId; }
    public Long getCopyId() { return copyId; }
    public void setCopyId(Long copyId) { this.copyId = copyId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public Long getOrderId() { return orderId; }
    public void setOrderId(Long orderId) { this.orderId = orderId; }
    public LoanStatus getStatus() { return status; }
    public void setStatus(LoanStatus status) { this.status = status; }
    public LocalDateTime getBorrowedAt() { return borrowedAt; }
    public void setBorrowedAt(LocalDateTime borrowedAt) { this.borrowedAt = borrowedAt; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Integer getRenewCount() { return renewCount; }
    public void setRenewCount(Integer renewCount) { this.renewCount = renewCount; }
    public LocalDateTime getReturnedAt() { return returnedAt; }
    public void setReturnedAt(LocalDateTime returnedAt) { this.returnedAt = returnedAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
