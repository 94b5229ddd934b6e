package com.taoshu.stocktake;

import com.taoshu.shared.security.StaffPrincipal;

/**
 * Who may take stock where: an ADMIN (or staff without a branch) any branch; a librarian only their own branch. A
 * librarian asking to start or list another branch gets 403; another branch's stock-take is, for them, not found.
 */
final class StockTakeAccess {

    private StockTakeAccess() {
    }

    /** The branch to work on: a librarian's own when none is given, 403 for another one. */
    static Long branchFor(StaffPrincipal by, Long requested) {
        if (by.isAdmin() || by.branchId() == null) {
            return requested;
        }
        if (requested != null && !requested.equals(by.branchId())) {
            throw StockTakeErrorCode.OTHER_BRANCH.exception();
        }
        return by.branchId();
    }

    static boolean allows(StaffPrincipal by, long branchId) {
        return by.isAdmin() || by.branchId() == null || by.branchId() == branchId;
    }
}
