package com.taoshu.stocktake;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.catalog.CopyStatus;
import com.taoshu.stocktake.internal.Reconciliation;
import com.taoshu.stocktake.internal.Reconciliation.CopyState;
import com.taoshu.stocktake.internal.Reconciliation.Kind;
import com.taoshu.stocktake.internal.Reconciliation.Line;
import com.taoshu.stocktake.internal.Reconciliation.Reason;
import com.taoshu.stocktake.internal.Reconciliation.Scan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static final long HERE = 1;
    private static final long THERE = 2;

    private final Map<Long, CopyState> copies = new HashMap<>();

    private void copy(long id, long branch, CopyStatus status, int version, boolean inScope) {
        copies.put(id, new CopyState(id, "B" + id, 100 + id, branch, status, version, inScope));
    }

    private static Scan scan(long id) {
        return new Scan("B" + id, id);
    }

    private static Reason reasonOf(List<Line> lines, String barcode) {
        return lines.stream().filter(l -> l.barcode().equals(barcode)).map(Line::reason).findFirst().orElse(null);
    }

    @Test
    void eachCopyLandsInExactlyOneListByWhatWasExpectedScannedAndRecorded() {
        copy(1, HERE, CopyStatus.AVAILABLE, 0, true);   // expected, scanned → found
        copy(2, HERE, CopyStatus.AVAILABLE, 0, true);   // expected, not scanned, untouched → missing
        copy(3, HERE, CopyStatus.HELD, 1, true);        // expected, not scanned, ordered meanwhile → not reported
        copy(4, HERE, CopyStatus.AVAILABLE, 2, true);   // expected, not scanned, lent and returned → missing, changed
        copy(5, HERE, CopyStatus.ON_LOAN, 0, true);     // scanned, recorded on loan → unexpected
        copy(6, THERE, CopyStatus.AVAILABLE, 0, false); // scanned, another branch's → unexpected
        copy(7, HERE, CopyStatus.AVAILABLE, 0, false);  // scanned, outside the category/shelf range → unexpected
        copy(8, HERE, CopyStatus.LOST, 0, true);        // scanned, recorded lost → unexpected
        copy(9, HERE, CopyStatus.AVAILABLE, 3, true);   // not expected (was lent at start), returned, scanned → found
        copy(10, HERE, CopyStatus.ON_LOAN, 1, true);    // expected, scanned, lent after the scan → found
        Map<Long, Integer> expected = Map.of(1L, 0, 2L, 0, 3L, 0, 4L, 0, 10L, 0);
        List<Scan> scans = List.of(scan(1), scan(5), scan(6), scan(7), scan(8), scan(9), scan(10), new Scan("NOPE", null));

        List<Line> lines = Reconciliation.reconcile(HERE, expected, scans, copies);

        assertThat(lines).extracting(Line::barcode).doesNotContain("B3").doesNotHaveDuplicates();
        assertThat(reasonOf(lines, "B1")).isEqualTo(Reason.ON_SHELF);
        assertThat(reasonOf(lines, "B2")).isEqualTo(Reason.NOT_SCANNED);
        assertThat(reasonOf(lines, "B4")).isEqualTo(Reason.CHANGED_DURING_TAKE);
        assertThat(reasonOf(lines, "B5")).isEqualTo(Reason.ON_LOAN);
        assertThat(reasonOf(lines, "B6")).isEqualTo(Reason.OTHER_BRANCH);
        assertThat(reasonOf(lines, "B7")).isEqualTo(Reason.OUT_OF_SCOPE);
        assertThat(reasonOf(lines, "B8")).isEqualTo(Reason.RECORDED_ELSEWHERE);
        assertThat(reasonOf(lines, "B9")).isEqualTo(Reason.ON_SHELF);
        assertThat(reasonOf(lines, "B10")).isEqualTo(Reason.ON_SHELF);
        assertThat(reasonOf(lines, "NOPE")).isEqualTo(Reason.UNKNOWN_BARCODE);
        assertThat(Reconciliation.count(lines)).isEqualTo(new StockTake.Counts(3, 2, 4, 1));
        assertThat(lines.stream().filter(l -> l.kind() == Kind.UNKNOWN).map(Line::copyId)).containsExactly((Long) null);
    }

    @Test
    void aTakeMovesOpenToFinishedOnceAndFreesTheBranch() {
        StockTake take = StockTake.start(new StockTake.Scope(HERE, null, " A-01 ", ""),
                com.taoshu.shared.security.Actor.SYSTEM, java.time.LocalDateTime.of(2026, 1, 1, 9, 0));
        assertThat(take.getOpenKey()).isEqualTo(HERE);
        assertThat(take.getShelfFrom()).isEqualTo("A-01");
        assertThat(take.getShelfTo()).isNull();
        take.finish(new StockTake.Counts(1, 0, 0, 0), com.taoshu.shared.security.Actor.SYSTEM,
                java.time.LocalDateTime.of(2026, 1, 1, 10, 0));
        assertThat(take.getOpenKey()).isNull();
        assertThat(take.drainTransitions()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(take::checkOpen)
                .hasMessageContaining("NOT_OPEN");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new StockTake.Scope(HERE, null, "B", "A"))
                .hasMessageContaining("SHELF_RANGE_INVALID");
    }
}
