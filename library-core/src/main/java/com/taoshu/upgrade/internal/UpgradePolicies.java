package com.taoshu.upgrade.internal;

import com.taoshu.loan.ReaderStanding.Standing;
import com.taoshu.reader.CardType;
import com.taoshu.reader.Reader;
import com.taoshu.upgrade.CardApplicationErrorCode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may apply for a 诚信通 card — few rules, each stated once: not already 诚信通, a home branch chosen (诚信通 borrows
 * there only), an active card, no overdue loans. {@link #firstRefusal} runs them in this order. The librarian still
 * decides; these only keep applications that could not be approved out of the queue.
 */
public final class UpgradePolicies {

    /** The reader asking and their borrowing standing now. */
    public record Candidate(Reader reader, Standing standing) {
    }

    /** One rule: empty when it allows, else why not. */
    public interface UpgradePolicy extends Function<Candidate, Optional<CardApplicationErrorCode>> {
    }

    public static final UpgradePolicy NOT_ALREADY_COMMUNITY_TRUST = c -> c.reader().getCardType() == CardType.COMMUNITY_TRUST
            ? Optional.of(CardApplicationErrorCode.ALREADY_COMMUNITY_TRUST) : Optional.empty();

    public static final UpgradePolicy COMMUNITY_TRUST_NEEDS_HOME_BRANCH = c -> c.reader().getHomeBranchId() == null
            ? Optional.of(CardApplicationErrorCode.HOME_BRANCH_REQUIRED) : Optional.empty();

    public static final UpgradePolicy CARD_ACTIVE = c -> c.reader().isActive()
            ? Optional.empty() : Optional.of(CardApplicationErrorCode.CARD_SUSPENDED);

    public static final UpgradePolicy NO_OVERDUE_LOANS = c -> c.standing().overdueLoans() > 0
            ? Optional.of(CardApplicationErrorCode.OVERDUE_LOANS) : Optional.empty();

    public static final List<UpgradePolicy> COMMUNITY_TRUST = List.of(
            NOT_ALREADY_COMMUNITY_TRUST, COMMUNITY_TRUST_NEEDS_HOME_BRANCH, CARD_ACTIVE, NO_OVERDUE_LOANS);

    private UpgradePolicies() {
    }

    public static Optional<CardApplicationErrorCode> firstRefusal(Candidate candidate) {
        for (UpgradePolicy policy : COMMUNITY_TRUST) {
            Optional<CardApplicationErrorCode> refusal = policy.apply(candidate);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }
}
