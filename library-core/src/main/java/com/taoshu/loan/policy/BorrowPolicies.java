package com.taoshu.loan.policy;

import com.taoshu.loan.LoanErrorCode;
import com.taoshu.reader.CardType;
import com.taoshu.shared.error.BizException;
import java.util.List;
import java.util.Optional;

/** The borrowing rules of the library, each a small named policy (see STYLE.md). */
public final class BorrowPolicies {

    private BorrowPolicies() {
    }

    public static final BorrowPolicy CARD_ACTIVE = r -> r.reader().isActive()
            ? Optional.empty() : Optional.of(LoanErrorCode.CARD_SUSPENDED.exception());

    public static final BorrowPolicy OVERDUE_LOANS_BLOCK_ORDERS = r -> r.standing().overdueLoans() == 0
            ? Optional.empty()
            : Optional.of(new BizException(LoanErrorCode.OVERDUE_LOANS,
                    "您有" + r.standing().overdueLoans() + "本逾期未还的图书，请先归还后再借"));

    public static final BorrowPolicy WITHIN_LOAN_LIMIT = r -> {
        int limit = r.rule().getLoanLimit();
        int after = r.standing().committed() + r.books();
        if (after <= limit) {
            return Optional.empty();
        }
        int left = Math.max(0, limit - r.standing().committed());
        return Optional.of(new BizException(LoanErrorCode.LOAN_LIMIT_EXCEEDED,
                r.reader().getCardType().label() + "最多可借" + limit + "本，您在借和待取共"
                        + r.standing().committed() + "本，本次最多还能借" + left + "本"));
    };

    public static final BorrowPolicy COMMUNITY_TRUST_HOME_BRANCH_ONLY = r ->
            r.reader().getCardType() != CardType.COMMUNITY_TRUST
                    || (r.reader().getHomeBranchId() != null && r.reader().getHomeBranchId() == r.branchId())
                    ? Optional.empty() : Optional.of(LoanErrorCode.NOT_HOME_BRANCH.exception());

    /** Checked when an order is submitted, in this order. */
    public static final List<BorrowPolicy> SUBMIT = List.of(
            CARD_ACTIVE, OVERDUE_LOANS_BLOCK_ORDERS, COMMUNITY_TRUST_HOME_BRANCH_ONLY, WITHIN_LOAN_LIMIT);

    /**
     * Checked at the desk for books in hand (扫码借书, no order): the same rules as a submit, so lending at the counter
     * and ordering online can never disagree.
     */
    public static final List<BorrowPolicy> DESK_CHECKOUT = SUBMIT;

    /** Checked when a title goes into the cart (the cart is a wish list, so standing checks wait for submit). */
    public static final List<BorrowPolicy> CART = List.of(COMMUNITY_TRUST_HOME_BRANCH_ONLY, WITHIN_LOAN_LIMIT);

    /** Auto-approval for COMMUNITY_TRUST readers in good standing, when their rule allows it. */
    public static boolean autoApprovable(BorrowRequest r) {
        return r.reader().getCardType() == CardType.COMMUNITY_TRUST
                && Boolean.TRUE.equals(r.rule().getAutoApprove())
                && r.reader().isActive()
                && r.standing().overdueLoans() == 0;
    }
}
