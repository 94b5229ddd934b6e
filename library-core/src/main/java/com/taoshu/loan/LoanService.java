package com.taoshu.loan;

import com.taoshu.catalog.CopyHolds;
import com.taoshu.catalog.CopyReleased;
import com.taoshu.loan.internal.LoanHistory;
import com.taoshu.loan.internal.LoanHistoryMapper;
import com.taoshu.loan.internal.LoanMapper;
import com.taoshu.loan.internal.LoanViewMapper;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Loans for readers (list, renew, history) and the desk (return). */
@Service
public class LoanService {

    private final LoanMapper loanMapper;
    private final LoanViewMapper viewMapper;
    private final LoanHistoryMapper historyMapper;
    private final BorrowRules rules;
    private final Readers readers;
    private final CopyHolds copies;
    private final ObjectProvider<TitleDemand> demand;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LoanService(LoanMapper loanMapper, LoanViewMapper viewMapper, LoanHistoryMapper historyMapper,
                       BorrowRules rules, Readers readers, CopyHolds copies, ObjectProvider<TitleDemand> demand,
                       ApplicationEventPublisher events, Clock clock) {
        this.loanMapper = loanMapper;
        this.viewMapper = viewMapper;
        this.historyMapper = historyMapper;
        this.rules = rules;
        this.readers = readers;
        this.copies = copies;
        this.demand = demand;
        this.events = events;
        this.clock = clock;
    }

    public record LoanView(long id, long bookId, String title, String author, String isbn, String coverUrl, String barcode,
                           long branchId, String branchName, LoanStatus status, String statusLabel,
                           OffsetDateTime borrowedAt, LocalDate dueDate, long overdueDays, int renewCount,
                           OffsetDateTime returnedAt, Long returnPickupId) {

        static LoanView of(LoanViewMapper.LoanRow r, LocalDate today) {
            long overdue = r.status() == LoanStatus.ACTIVE && today.isAfter(r.dueDate())
                    ? ChronoUnit.DAYS.between(r.dueDate(), today) : 0;
            return new LoanView(r.id(), r.bookId(), r.title(), r.author(), r.isbn(), r.coverUrl(), r.barcode(), r.branchId(),
                    r.branchName(), r.status(), r.status().labelFor(overdue), Times.toOffset(r.borrowedAt()), r.dueDate(), overdue,
                    r.renewCount(), Times.toOffset(r.returnedAt()), r.returnPickupId());
        }
    }

    /**
     * Current loans (status ACTIVE), collected at the door and waiting to be checked in (RETURN_COLLECTED), past ones
     * (RETURNED) or all, soonest due first. {@code returnPickupId} names the return pickup a loan is booked on.
     */
    public PageResult<LoanView> list(long readerId, LoanStatus status, PageQuery page) {
        return list(readerId, status, null, page);
    }

    /**
     * A reader's loans at the desk: loans are their branch's records, so a librarian sees those lent at their own branch
     * (of any reader: a 全城通 reader of another branch returns here what they borrowed here); an ADMIN all of them.
     */
    public PageResult<LoanView> listAtDesk(long readerId, LoanStatus status, StaffPrincipal by, PageQuery page) {
        return list(readerId, status, BranchScope.list(by, null), page);
    }

    private PageResult<LoanView> list(long readerId, LoanStatus status, Long branchId, PageQuery page) {
        LocalDate today = LocalDate.now(clock);
        List<LoanView> records = viewMapper.byReader(readerId, status, branchId, page.size(), page.offset()).stream()
                .map(r -> LoanView.of(r, today)).toList();
        return PageResult.of(records, viewMapper.countByReader(readerId, status, branchId), page);
    }

    @Transactional
    public LoanView renew(ReaderId reader, long loanId) {
        Loan loan = owned(reader, loanId);
        BorrowRule rule = rules.of(readers.get(reader.value()).getCardType());
        LocalDate today = LocalDate.now(clock);
        boolean othersWaiting = othersWanting(loan, reader) > 0
                && copies.available(loan.getBookId(), loan.getBranchId()) == 0;
        LocalDate before = loan.getDueDate();
        LocalDate after = loan.renew(rule, today, othersWaiting);
        save(loan);
        historyMapper.insert(LoanHistory.of(loanId, "RENEWED", before, after, Actor.reader(reader), LocalDateTime.now(clock)));
        events.publishEvent(new LoanEvents.LoanRenewed(loanId, reader.value(), after));
        return view(loan);
    }

    /** Other readers wanting the title at the loan's branch, whatever the kind of demand ({@link TitleDemand}). */
    private long othersWanting(Loan loan, ReaderId reader) {
        return demand.orderedStream()
                .mapToLong(d -> d.othersWanting(loan.getBookId(), loan.getBranchId(), reader.value())).sum();
    }

    /**
     * Returned at the desk of the branch that lent it (another branch's loan is "not found" to a librarian): the loan
     * closes, the copy goes back on the shelf. Returning twice is refused (409).
     */
    @Transactional
    public LoanView returnAtDesk(long loanId, StaffPrincipal librarian) {
        Loan loan = BranchScope.visible(librarian, loanMapper.selectById(loanId), Loan::getBranchId, LoanErrorCode.LOAN_NOT_FOUND);
        Actor by = Actor.staff(librarian);
        LocalDateTime now = LocalDateTime.now(clock);
        loan.giveBack(now);
        save(loan);
        copies.giveBack(loan.getCopyId());
        historyMapper.insert(LoanHistory.of(loanId, "RETURNED", loan.getDueDate(), null, by, now));
        events.publishEvent(new LoanEvents.LoanReturned(loanId, loan.getReaderId(), loan.getBookId(), loan.getCopyId(), loan.getBranchId()));
        events.publishEvent(new CopyReleased(loan.getCopyId(), loan.getBookId(), loan.getBranchId()));
        return view(loan);
    }

    /**
     * Handed to a courier at the door: each of {@code loanIds} still ACTIVE and promised to return pickup
     * {@code pickupId} becomes RETURN_COLLECTED (recorded in its history). The count of loans collected tells the
     * caller whether all were; within the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int collectAtDoor(long pickupId, Collection<Long> loanIds, Actor by, LocalDateTime now) {
        int collected = 0;
        for (Loan loan : loanMapper.selectByIds(loanIds)) {
            if (loan.getStatus() != LoanStatus.ACTIVE || loan.getReturnPickupId() == null
                    || loan.getReturnPickupId() != pickupId) {
                continue;
            }
            loan.collectedAtDoor();
            if (loanMapper.updateById(loan) == 1) {
                historyMapper.insert(LoanHistory.of(loan.getId(), "RETURN_COLLECTED", null, null, by, now));
                collected++;
            }
        }
        return collected;
    }

    private Loan owned(ReaderId reader, long loanId) {
        Loan loan = loanMapper.selectById(loanId);
        if (loan == null || loan.getReaderId() != reader.value()) {
            throw LoanErrorCode.LOAN_NOT_FOUND.exception();
        }
        return loan;
    }

    private void save(Loan loan) {
        if (loanMapper.updateById(loan) == 0) {
            throw LoanErrorCode.LOAN_CONFLICT.exception();
        }
    }

    private LoanView view(Loan loan) {
        return LoanView.of(viewMapper.byId(loan.getId()), LocalDate.now(clock));
    }
}
