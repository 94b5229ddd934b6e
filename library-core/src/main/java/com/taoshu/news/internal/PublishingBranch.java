package com.taoshu.news.internal;

import com.taoshu.catalog.Branches;
import com.taoshu.news.NewsErrorCode;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import org.springframework.stereotype.Component;

/**
 * The branch a news item or an activity is published at: one the staff member may act at ({@link BranchScope}; news
 * for all branches, {@code null}, only by who works across branches) and an enabled one.
 */
@Component
public class PublishingBranch {

    private final Branches branches;

    PublishingBranch(Branches branches) {
        this.branches = branches;
    }

    public Long check(StaffPrincipal by, Long branchId) {
        BranchScope.requireBranch(by, branchId, NewsErrorCode.NOT_YOUR_BRANCH);
        if (branchId != null && branches.findEnabled(branchId).isEmpty()) {
            throw NewsErrorCode.BRANCH_INVALID.exception();
        }
        return branchId;
    }
}
