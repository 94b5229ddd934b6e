package com.taoshu.stocktake;

import com.taoshu.catalog.BookChanged;
import com.taoshu.catalog.BookCopy;
import com.taoshu.catalog.Copies;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stocktake.StockTakeViews.Report;
import com.taoshu.stocktake.internal.Reconciliation.Kind;
import com.taoshu.stocktake.internal.Reconciliation.Reason;
import com.taoshu.stocktake.internal.StockTakeHistory;
import com.taoshu.stocktake.internal.StockTakeQueries;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's one-click fixes: missing copies → LOST (only with an explicit confirmation), another branch's copies
 * found here → moved to this branch. Each line is fixed at most once (a retry changes nothing and answers the same
 * report); each copy change goes through the catalog's conditional update (it loses to an order that took the copy
 * meanwhile, and that line then stays unfixed) and is recorded in stock_take_history.
 */
@Service
public class StockTakeFixService {

    public static final String MARKED_LOST = "MARKED_LOST";
    public static final String MOVED_HERE = "MOVED_HERE";

    private final StockTakeStore store;
    private final StockTakeQueries queries;
    private final Copies copies;
    private final StockTakeService takes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public StockTakeFixService(StockTakeStore store, StockTakeQueries queries, Copies copies,
                               StockTakeService takes, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.copies = copies;
        this.takes = takes;
        this.events = events;
        this.clock = clock;
    }

    /** Missing (not scanned, untouched since the start, still AVAILABLE here) → LOST. */
    @Transactional
    public Report markMissingLost(long id, boolean confirmed, StaffPrincipal by) {
        if (!confirmed) {
            throw StockTakeErrorCode.CONFIRMATION_REQUIRED.exception();
        }
        StockTake take = store.lock(by, id);
        take.checkFinished();
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> books = new HashSet<>();
        for (StockTakeQueries.LineRow line : queries.unfixed(id, Kind.MISSING, Reason.NOT_SCANNED)) {
            BookCopy copy = copies.find(line.copyId()).orElse(null);
            if (copy == null || copy.getStatus() != CopyStatus.AVAILABLE || !copy.getBranchId().equals(take.getBranchId())
                    || !copies.markMissingLost(copy.getId())) {
                continue; // an order or a librarian moved it since the report: nothing to fix blindly
            }
            queries.markFixed(line.id(), MARKED_LOST, now);
            store.record(StockTakeHistory.of(id, StockTakeHistory.Action.MARKED_LOST, copy.getId(),
                    CopyStatus.AVAILABLE.name(), CopyStatus.LOST.name(), Actor.staff(by), now));
            books.add(copy.getBookId());
        }
        books.forEach(b -> events.publishEvent(new BookChanged(b)));
        return takes.report(id, by);
    }

    /** Copies of another branch found on this branch's shelves (and AVAILABLE there) → transferred to this branch. */
    @Transactional
    public Report moveOtherBranchCopiesHere(long id, StaffPrincipal by) {
        StockTake take = store.lock(by, id);
        take.checkFinished();
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> books = new HashSet<>();
        for (StockTakeQueries.LineRow line : queries.unfixed(id, Kind.UNEXPECTED, Reason.OTHER_BRANCH)) {
            BookCopy copy = copies.find(line.copyId()).orElse(null);
            if (copy == null || copy.getBranchId().equals(take.getBranchId())
                    || !copies.transferAvailable(copy.getId(), take.getBranchId())) {
                continue; // not on a shelf by its record (lent, held, lost…), or moved already by someone else
            }
            queries.markFixed(line.id(), MOVED_HERE, now);
            store.record(StockTakeHistory.of(id, StockTakeHistory.Action.MOVED_HERE, copy.getId(),
                    String.valueOf(copy.getBranchId()), String.valueOf(take.getBranchId()), Actor.staff(by), now));
            books.add(copy.getBookId());
        }
        books.forEach(b -> events.publishEvent(new BookChanged(b)));
        return takes.report(id, by);
    }
}
