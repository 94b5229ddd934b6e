package com.taoshu.loan.loss;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.loan.Loan;
import com.taoshu.loan.LoanStatus;
import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;

/**
 * What a reader owes for a lost or damaged copy (赔偿), in fen. One per loan; never deleted: it ends PAID or WAIVED.
 * A zero amount (no price known, none given) is WAIVED at once.
 */
@TableName("compensation")
public class Compensation {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long loanId;
    private Long readerId;
    private Long bookId;
    private Long copyId;
    private Long branchId;
    private LoanStatus outcome;
    private Integer amountFen;
    private CompensationStatus status;
    private String note;
    private String reportedByType;
    private Long reportedById;
    private LocalDateTime settledAt;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT)
    private LocalDateTime createdAt;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    static Compensation forLoss(Loan loan, LoanStatus outcome, int amountFen, String note, Actor by, LocalDateTime at) {
        Compensation c = new Compensation();
        c.loanId = loan.getId();
        c.readerId = loan.getReaderId();
        c.bookId = loan.getBookId();
        c.copyId = loan.getCopyId();
        c.branchId = loan.getBranchId();
        c.outcome = outcome;
        c.amountFen = amountFen;
        c.status = amountFen > 0 ? CompensationStatus.UNPAID : CompensationStatus.WAIVED;
        c.settledAt = amountFen > 0 ? null : at;
        c.note = note;
        c.reportedByType = by.type().name();
        c.reportedById = by.id();
        c.version = 0;
        return c;
    }

    /** UNPAID → PAID or WAIVED; anything else is refused (settled once, for good). */
    void settle(CompensationStatus to, LocalDateTime at) {
        if (status != CompensationStatus.UNPAID || to == CompensationStatus.UNPAID) {
            throw LossErrorCode.COMPENSATION_SETTLED.exception();
        }
        status = to;
        settledAt = at;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getLoanId() { return loanId; }
    public void setLoanId(Long loanId) { this.loanId = loanId; }
    public Long getReaderId() { return readerId; }
    public void setReaderId(Long readerId) { this.readerId = readerId; }
    public Long getBookId() { return bookId; }
    public void setBookId(Long bookId) { this.bookId = bookId; }
    public Long getCopyId() { return copyId; }
    public void setCopyId(Long copyId) { this.copyId = copyId; }
    public Long getBranchId() { return branchId; }
    public void setBranchId(Long branchId) { this.branchId = branchId; }
    public LoanStatus getOutcome() { return outcome; }
    public void setOutcome(LoanStatus outcome) { this.outcome = outcome; }
    public Integer getAmountFen() { return amountFen; }
    public void setAmountFen(Integer amountFen) { this.amountFen = amountFen; }
    public CompensationStatus getStatus() { return status; }
    public void setStatus(CompensationStatus status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReportedByType() { return reportedByType; }
    public void setReportedByType(String reportedByType) { this.reportedByType = reportedByType; }
    public Long getReportedById() { return reportedById; }
    public void setReportedById(Long reportedById) { this.reportedById = reportedById; }
    public LocalDateTime getSettledAt() { return settledAt; }
    public void setSettledAt(LocalDateTime settledAt) { this.settledAt = settledAt; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(LocalDateTime createdAt) { this.createdAt = createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
