package com.taoshu.loan.overdue;

import com.taoshu.shared.error.CommonErrorCode;
import com.taoshu.shared.security.StaffPrincipal;

/**
 * What a staff member may see of the overdue desk and losses: a librarian of a branch sees only that branch; an ADMIN
 * (or a staff member without a branch) sees any branch, or all of them.
 */
public final class BranchScope {

    private BranchScope() {
    }

    /** The branch to filter by (null = all): a librarian's own branch when none is asked for, 403 for another one. */
    public static Long resolve(StaffPrincipal by, Long requested) {
        return by.scopeTo(requested, () -> CommonErrorCode.FORBIDDEN.exception("馆员只能查看和处理本馆的借阅"));
    }

    /** A single loan or compensation of another branch is, for a librarian, as if it did not exist. */
    public static boolean allows(StaffPrincipal by, long branchId) {
        return by.mayActOn(branchId);
    }
}
