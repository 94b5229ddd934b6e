package com.taoshu.stocktake.internal;

import com.taoshu.catalog.CopyStatus;
import com.taoshu.shared.lifecycle.Labelled;
import com.taoshu.stocktake.StockTake;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what was scanned with what was expected on the shelf (the copies AVAILABLE at the branch and in scope when
 * the take started, with their version) and what the copies' records say now. Pure: no Spring, no database.
 * <ul>
 * <li>expected and scanned → FOUND (even if an order took it after the scan);</li>
 * <li>expected, not scanned, untouched since the start → MISSING (the one-click LOST fix applies); not scanned but
 *     lent and given back meanwhile → MISSING "changed during the take" (look again, no one-click fix); not scanned and
 *     now held/lent/moved by circulation → not reported (it left the shelf legitimately);</li>
 * <li>scanned but not expected → UNEXPECTED: recorded ON_LOAN/HELD, at another branch, out of the take's scope, or
 *     recorded LOST/DAMAGED/WITHDRAWN/IN_TRANSIT; or FOUND when it is simply back on the shelf (returned meanwhile);</li>
 * <li>a barcode no copy has → UNKNOWN.</li>
 * </ul>
 */
public final class Reconciliation {

    public enum Kind { FOUND, MISSING, UNEXPECTED, UNKNOWN }

    public enum Reason implements Labelled {
        ON_SHELF("在架"),
        NOT_SCANNED("应在架但未扫到"),
        CHANGED_DURING_TAKE("盘点期间曾借出后归还，请复查"),
        ON_LOAN("记录为借出"),
        HELD("记录为已预留"),
        OTHER_BRANCH("属于其他分馆"),
        OUT_OF_SCOPE("不在本次盘点范围"),
        RECORDED_ELSEWHERE("记录为遗失/损坏/剔除/运送中"),
        UNKNOWN_BARCODE("条码不存在");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** A copy as recorded now; {@code inScope} = at the take's branch, category and shelf range. */
    public record CopyState(long copyId, String barcode, long bookId, long branchId, CopyStatus status, int version,
                            boolean inScope) {
    }

    public record Scan(String barcode, Long copyId) {
    }

    public record Line(Kind kind, Reason reason, String barcode, Long copyId, Long bookId, CopyStatus copyStatus,
                       Long copyBranchId) {

        static Line of(Kind kind, Reason reason, CopyState c) {
            return new Line(kind, reason, c.barcode(), c.copyId(), c.bookId(), c.status(), c.branchId());
        }
    }

    private Reconciliation() {
    }

    /**
     * @param expected copy id → its version when the take started
     * @param copies   the current record of every expected or scanned copy, by id
     */
    public static List<Line> reconcile(long branchId, Map<Long, Integer> expected, List<Scan> scans,
                                       Map<Long, CopyState> copies) {
        List<Line> lines = new ArrayList<>();
        Set<Long> scanned = new HashSet<>();
        for (Scan scan : scans) {
            CopyState c = scan.copyId() == null ? null : copies.get(scan.copyId());
            if (c == null) {
                lines.add(new Line(Kind.UNKNOWN, Reason.UNKNOWN_BARCODE, scan.barcode(), null, null, null, null));
                continue;
            }
            scanned.add(c.copyId());
            lines.add(expected.containsKey(c.copyId()) ? Line.of(Kind.FOUND, Reason.ON_SHELF, c) : unexpected(branchId, c));
        }
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            CopyState c = copies.get(e.getKey());
            if (c == null || scanned.contains(c.copyId())) {
                continue;
            }
            if (c.version() == e.getValue()) {
                lines.add(Line.of(Kind.MISSING, Reason.NOT_SCANNED, c));
            } else if (c.status() == CopyStatus.AVAILABLE && c.branchId() == branchId && c.inScope()) {
                lines.add(Line.of(Kind.MISSING, Reason.CHANGED_DURING_TAKE, c));
            }
        }
        return lines;
    }

    private static Line unexpected(long branchId, CopyState c) {
        if (c.status() == CopyStatus.ON_LOAN) {
            return Line.of(Kind.UNEXPECTED, Reason.ON_LOAN, c);
        }
        if (c.status() == CopyStatus.HELD) {
            return Line.of(Kind.UNEXPECTED, Reason.HELD, c);
        }
        if (c.branchId() != branchId) {
            return Line.of(Kind.UNEXPECTED, Reason.OTHER_BRANCH, c);
        }
        if (!c.inScope()) {
            return Line.of(Kind.UNEXPECTED, Reason.OUT_OF_SCOPE, c);
        }
        if (c.status() == CopyStatus.AVAILABLE) {
            return Line.of(Kind.FOUND, Reason.ON_SHELF, c); // back on the shelf since the start (returned meanwhile)
        }
        return Line.of(Kind.UNEXPECTED, Reason.RECORDED_ELSEWHERE, c);
    }

    public static StockTake.Counts count(List<Line> lines) {
        int[] n = new int[Kind.values().length];
        lines.forEach(l -> n[l.kind().ordinal()]++);
        return new StockTake.Counts(n[Kind.FOUND.ordinal()], n[Kind.MISSING.ordinal()], n[Kind.UNEXPECTED.ordinal()],
                n[Kind.UNKNOWN.ordinal()]);
    }
}
