package com.taoshu.loan;

import com.taoshu.order.OrderErrorCode;
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
            throw OrderErrorCode.RULE_NOT_FOUND.exception();
        }
        return rule;
    }

    public List<BorrowRule> all() {
        return Arrays.stream(CardType.values()).map(mapper::selectById).filter(r -> r != null).toList();
    }

    public record RuleChange(int loanLimit, int loanDays, int maxRenewals, int renewDays, int pickupDays,
                             int renewOverdueGraceDays, boolean autoApprove, int version) {
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
        rule.setVersion(change.version());
        if (mapper.updateById(rule) == 0) {
            throw OrderErrorCode.RULE_CONFLICT.exception();
        }
        return of(type);
    }
}
