package com.taoshu.catalog;

import com.taoshu.catalog.internal.BranchStockRow;

/** A title at one branch: holdings (馆藏, not lost or withdrawn) and copies on the shelf now (可借). */
public record BranchAvailability(long branchId, String branchCode, String branchName, int totalCopies, int availableCopies) {

    static BranchAvailability of(BranchStockRow row) {
        return new BranchAvailability(row.getBranchId(), row.getBranchCode(), row.getBranchName(),
                row.getTotalCopies(), row.getAvailableCopies());
    }
}
