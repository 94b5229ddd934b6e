package com.taoshu.news;

import com.taoshu.catalog.Branches;
import com.taoshu.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * Which branch a staff member may publish news and run activities for: a librarian of a branch only for that branch;
 * an admin (or staff of no branch) for any enabled branch or, for news, all branches (null).
 */
@Component
class BranchScope {

    private final Branches branches;

    BranchScope(Branches branches) {
        this.branches = branches;
    }

    Long check(StaffPrincipal by, Long branchId) {
        if (!by.seesAllBranches() && !by.branchId().equals(branchId)) {
            throw NewsErrorCode.NOT_YOUR_BRANCH.exception();
        }
        if (branchId != null && branches.findEnabled(branchId).isEmpty()) {
            throw NewsErrorCode.BRANCH_INVALID.exception();
        }
        return branchId;
    }
}
