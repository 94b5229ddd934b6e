package com.taoshu.testsupport;

import com.taoshu.loan.BorrowRule;
import com.taoshu.reader.CardType;

/**
 * A borrow rule for unit tests, named by what differs from the usual card: {@code cityWide().renewOverdueGraceDays(3)}
 * instead of eight positional numbers. The defaults are those of the seed rules (V1): 通借通还 10 books, 诚信通 5 with
 * automatic approval; 30-day loans, renewals of 30 days, 3 days on the holding shelf, no renewal once overdue.
 */
public final class BorrowRuleBuilder {

    private final CardType cardType;
    private int loanLimit;
    private int loanDays = 30;
    private int maxRenewals;
    private int renewDays = 30;
    private int pickupDays = 3;
    private int renewOverdueGraceDays;
    private boolean autoApprove;

    private BorrowRuleBuilder(CardType cardType, int loanLimit, int maxRenewals, boolean autoApprove) {
        this.cardType = cardType;
        this.loanLimit = loanLimit;
        this.maxRenewals = maxRenewals;
        this.autoApprove = autoApprove;
    }

    /** 通借通还: 10 books, 2 renewals, every order approved by a librarian. */
    public static BorrowRuleBuilder cityWide() {
        return new BorrowRuleBuilder(CardType.CITY_WIDE, 10, 2, false);
    }

    /** 诚信通: 5 books, 1 renewal, orders of readers in good standing approved automatically. */
    public static BorrowRuleBuilder communityTrust() {
        return new BorrowRuleBuilder(CardType.COMMUNITY_TRUST, 5, 1, true);
    }

    public BorrowRuleBuilder loanLimit(int books) {
        this.loanLimit = books;
        return this;
    }

    public BorrowRuleBuilder loanDays(int days) {
        this.loanDays = days;
        return this;
    }

    public BorrowRuleBuilder maxRenewals(int renewals) {
        this.maxRenewals = renewals;
        return this;
    }

    public BorrowRuleBuilder renewDays(int days) {
        this.renewDays = days;
        return this;
    }

    public BorrowRuleBuilder pickupDays(int days) {
        this.pickupDays = days;
        return this;
    }

    public BorrowRuleBuilder renewOverdueGraceDays(int days) {
        this.renewOverdueGraceDays = days;
        return this;
    }

    public BorrowRuleBuilder autoApprove(boolean auto) {
        this.autoApprove = auto;
        return this;
    }

    public BorrowRule build() {
        return BorrowRule.of(cardType, loanLimit, loanDays, maxRenewals, renewDays, pickupDays, renewOverdueGraceDays,
                autoApprove);
    }
}
