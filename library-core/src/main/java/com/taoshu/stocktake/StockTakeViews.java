package com.taoshu.stocktake;

import com.taoshu.catalog.CopyStatus;
import com.taoshu.shared.time.Times;
import com.taoshu.stocktake.internal.Reconciliation;
import com.taoshu.stocktake.internal.StockTakeQueries;
import java.time.OffsetDateTime;
import java.util.List;

/** What the stock-take API answers. */
public final class StockTakeViews {

    private StockTakeViews() {
    }

    public record StockTakeView(long id, long branchId, Long categoryId, String shelfFrom, String shelfTo,
                                StockTake.Status status, String statusLabel, int expected, int scanned, int found,
                                int missing, int unexpected, int unknown, OffsetDateTime startedAt,
                                OffsetDateTime finishedAt) {

        static StockTakeView of(StockTake t, int scanned) {
            return new StockTakeView(t.getId(), t.getBranchId(), t.getCategoryId(), t.getShelfFrom(), t.getShelfTo(),
                    t.getStatus(), t.getStatus().label(), t.getExpectedCount(), scanned, t.getFoundCount(),
                    t.getMissingCount(), t.getUnexpectedCount(), t.getUnknownCount(), Times.toOffset(t.getStartedAt()),
                    Times.toOffset(t.getFinishedAt()));
        }
    }

    /**
     * One batch of scans. The same batch again (or any barcode again) changes nothing and answers the same:
     * {@code recognised} and {@code unknown} describe the batch, {@code scannedCopies} the take so far.
     */
    public record ScanResult(long stockTakeId, List<String> recognised, List<String> unknown, int scannedCopies) {
    }

    public record LineView(long id, Reconciliation.Kind kind, Reconciliation.Reason reason, String reasonLabel,
                           String barcode, Long copyId, Long bookId, String title, CopyStatus copyStatus,
                           Long copyBranchId, String fix) {

        static LineView of(StockTakeQueries.LineRow r) {
            return new LineView(r.id(), r.kind(), r.reason(), r.reason().label(), r.barcode(), r.copyId(), r.bookId(),
                    r.title(), r.copyStatus(), r.copyBranchId(), r.fix());
        }
    }

    /** The report written at finish, with the fixes applied since (MARKED_LOST, MOVED_HERE on the lines). */
    public record Report(StockTakeView stockTake, List<LineView> found, List<LineView> missing,
                         List<LineView> unexpected, List<LineView> unknown) {
    }
}
