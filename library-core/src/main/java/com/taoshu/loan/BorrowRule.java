package com.taoshu.loan;

import com.baomidou.mybatisplus.annotation.FieldFill;
import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableField;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import com.baomidou.mybatisplus.annotation.Version;
import com.taoshu.reader.CardType;
import java.time.LocalDateTime;

/** The borrowing rules of one card type, edited by librarians (borrow_rule). */
@TableName("borrow_rule")
public class BorrowRule {

    @TableId(type = IdType.INPUT)
    private CardType cardType;
    private Integer loanLimit;
    private Integer loanDays;
    private Integer maxRenewals;
    private Integer renewDays;
    private Integer pickupDays;
    /** Renewal is still allowed this many days after the due date (0 = never once overdue). */
    private Integer renewOverdueGraceDays;
    private Boolean autoApprove;
    /** A loan overdue by more than this many days suspends the card for new orders (overdueSuspensionJob). */
    private Integer suspendAfterOverdueDays;
    /** How many titles a reader of this card may have reserved (waiting or on the shelf for them) at once. */
    private Integer reservationLimit;
    @Version
    private Integer version;
    @TableField(fill = FieldFill.INSERT_UPDATE)
    private LocalDateTime updatedAt;

    public static BorrowRule of(CardType type, int loanLimit, int loanDays, int maxRenewals, int renewDays, int pickupDays,
                                int graceDays, boolean autoApprove) {
        BorrowRule r = new BorrowRule();
        r.cardType = type;
        r.loanLimit = loanLimit;
        r.loanDays = loanDays;
        r.maxRenewals = maxRenewals;
        r.renewDays = renewDays;
        r.pickupDays = pickupDays;
        r.renewOverdueGraceDays = graceDays;
        r.autoApprove = autoApprove;
        r.suspendAfterOverdueDays = 30;
        r.reservationLimit = 3;
        r.version = 0;
        return r;
    }

    public CardType getCardType() { return cardType; }
    public void setCardType(CardType cardType) { this.cardType = cardType; }
    public Integer getLoanLimit() { return loanLimit; }
    public void setLoanLimit(Integer loanLimit) { this.loanLimit = loanLimit; }
    public Integer getLoanDays() { return loanDays; }
    public void setLoanDays(Integer loanDays) { this.loanDays = loanDays; }
    public Integer getMaxRenewals() { return maxRenewals; }
    public void setMaxRenewals(Integer maxRenewals) { this.maxRenewals = maxRenewals; }
    public Integer getRenewDays() { return renewDays; }
    public void setRenewDays(Integer renewDays) { this.renewDays = renewDays; }
    public Integer getPickupDays() { return pickupDays; }
    public void setPickupDays(Integer pickupDays) { this.pickupDays = pickupDays; }
    public Integer getRenewOverdueGraceDays() { return renewOverdueGraceDays; }
    public void setRenewOverdueGraceDays(Integer renewOverdueGraceDays) { this.renewOverdueGraceDays = renewOverdueGraceDays; }
    public Boolean getAutoApprove() { return autoApprove; }
    public void setAutoApprove(Boolean autoApprove) { this.autoApprove = autoApprove; }
    public Integer getSuspendAfterOverdueDays() { return suspendAfterOverdueDays; }
    public void setSuspendAfterOverdueDays(Integer suspendAfterOverdueDays) { this.suspendAfterOverdueDays = suspendAfterOverdueDays; }
    public Integer getReservationLimit() { return reservationLimit; }
    public void setReservationLimit(Integer reservationLimit) { this.reservationLimit = reservationLimit; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(LocalDateTime updatedAt) { this.updatedAt = updatedAt; }
}
