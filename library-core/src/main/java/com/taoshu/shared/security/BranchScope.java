package com.taoshu.shared.security;

import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.error.ErrorCode;
import java.util.function.Function;

/**
 * The one rule of who works on which branch's records at the desk (docs/design-decisions.md "Who sees what"): a
 * LIBRARIAN of a branch acts on that branch's records only; an ADMIN, or a staff member without a branch, on every
 * branch's. Every staff service applies it through these methods, in three shapes:
 * <ul>
 *   <li>a list filtered by branch ({@link #list}): no branch asked = the librarian's own; another branch = 403;</li>
 *   <li>a request naming the branch to act at — add copies there, an activity there ({@link #requireBranch}): another
 *       branch = 403 (the caller named it, there is nothing to hide);</li>
 *   <li>a record addressed by its id — an order, a copy, a reader… ({@link #requireAccess}, {@link #visible}): another
 *       branch's record is 404 with the record's own "not found" code, as if it did not exist.</li>
 * </ul>
 */
public final class BranchScope {

    /** The 403 of a list or an action naming another branch, unless a feature has its own code for it. */
    public static final String OTHER_BRANCH = "馆员只能查看和处理本馆的数据";

    private BranchScope() {
    }

    /** The branch a list is filtered by (null = all, only for who works across branches). */
    public static Long list(StaffPrincipal by, Long requested) {
        return by.scopeTo(requested, () -> CommonErrorCode.FORBIDDEN.exception(OTHER_BRANCH));
    }

    /** As {@link #list}, refusing another branch with the feature's own code. */
    public static Long list(StaffPrincipal by, Long requested, ErrorCode refusal) {
        return by.scopeTo(requested, refusal::exception);
    }

    /**
     * The branch a request acts at, when the librarian may act there; {@code null} (all branches) only for who works
     * across branches.
     */
    public static Long requireBranch(StaffPrincipal by, Long branchId) {
        return requireBranch(by, branchId, null);
    }

    /** As {@link #requireBranch(StaffPrincipal, Long)}, refusing with the feature's own code ({@code null}: the common 403). */
    public static Long requireBranch(StaffPrincipal by, Long branchId, ErrorCode refusal) {
        if (by.seesAllBranches() || (branchId != null && by.mayActOn(branchId))) {
            return branchId;
        }
        throw refusal == null ? CommonErrorCode.FORBIDDEN.exception(OTHER_BRANCH) : refusal.exception();
    }

    /** A record of {@code branchId} addressed by id: another branch's is {@code notFound}, as if absent. */
    public static void requireAccess(StaffPrincipal by, long branchId, ErrorCode notFound) {
        if (!by.mayActOn(branchId)) {
            throw notFound.exception();
        }
    }

    /**
     * {@code record} if it exists and is of a branch {@code by} acts on; else {@code notFound}. A record of no branch
     * (a reader who has not chosen a home branch yet, news for all branches) is every desk's.
     */
    public static <T> T visible(StaffPrincipal by, T record, Function<? super T, Long> branchOf, ErrorCode notFound) {
        if (record == null) {
            throw notFound.exception();
        }
        Long branchId = branchOf.apply(record);
        if (branchId != null && !by.mayActOn(branchId)) {
            throw notFound.exception();
        }
        return record;
    }
}
