package com.taoshu.catalog;

import com.taoshu.shared.time.Times;
import java.time.OffsetDateTime;

public record CopyView(long id, long bookId, long branchId, String barcode, CopyStatus status, String statusLabel,
                       String shelfLocation, OffsetDateTime updatedAt) {

    public static CopyView of(BookCopy c) {
        return new CopyView(c.getId(), c.getBookId(), c.getBranchId(), c.getBarcode(), c.getStatus(), c.getStatus().label(),
                c.getShelfLocation(), Times.toOffset(c.getUpdatedAt()));
    }
}
