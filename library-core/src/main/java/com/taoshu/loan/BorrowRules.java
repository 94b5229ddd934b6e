package com.taoshu.loan;

import com.taoshu.loan.internal.BorrowRuleMapper;
import com.taoshu.reader.CardType;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;

/** The rule table per card type: read by every borrowing decision, edited by librarians. */
@Service
public class BorrowRules {

    private final BorrowRuleMapper mapper;

    public BorrowRules(BorrowRuleMapper mapper) {
        this.mapper = mapper;
    }

    public BorrowRule of(CardType type) {
        BorrowRule rule = mapper.selectById(type);
        if (rule == null) {
            throw LoanErrorCode.RULE_NOT_FOUND.exception();
        }
        return rule;
    }

    public List<BorrowRule> all() {
        return Arrays.stream(CardType.values()).map(mapper::selectById).filter(r -> r != null).toList();
    }

    /** A librarian's edit; {@code suspendAfterOverdueDays} and {@code reservationLimit} may be null (left as they are). */
    public record RuleChange(int loanLimit, int loanDays, int maxRenewals, int renewDays, int pickupDays,
                             int renewOverdueGraceDays, boolean autoApprove, Integer suspendAfterOverdueDays,
                             Integer reservationLimit, int version) {
    }

    /** Optimistic: an edit based on an old version (another librarian saved first) is refused with 409. */
    public BorrowRule update(CardType type, RuleChange change) {
        BorrowRule rule = of(type);
        rule.setLoanLimit(change.loanLimit());
        rule.setLoanDays(change.loanDays());
        rule.setMaxRenewals(change.maxRenewals());
        rule.setRenewDays(change.renewDays());
        rule.setPickupDays(change.pickupDays());
        rule.setRenewOverdueGraceDays(change.renewOverdueGraceDays());
        rule.setAutoApprove(change.autoApprove());
        if (change.suspendAfterOverdueDays() != null) {
            rule.setSuspendAfterOverdueDays(change.suspendAfterOverdueDays());
        }
        if (change.reservationLimit() != null) {
            rule.setReservationLimit(change.reservationLimit());
        }
        rule.setVersion(change.version());
        if (mapper.updateById(rule) == 0) {
            throw LoanErrorCode.RULE_CONFLICT.exception();
        }
        return of(type);
    }
}
