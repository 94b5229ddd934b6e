package com.taoshu.loan.loss;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.catalog.Book;
import com.taoshu.catalog.Books;
import com.taoshu.catalog.CopyHolds;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.loan.Loan;
import com.taoshu.loan.LoanErrorCode;
import com.taoshu.loan.LoanEvents;
import com.taoshu.loan.LoanStatus;
import com.taoshu.loan.internal.LoanHistory;
import com.taoshu.loan.internal.LoanHistoryMapper;
import com.taoshu.loan.internal.LoanMapper;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lost and damaged books (报损/遗失): a loan closes as LOST or DAMAGED, its copy leaves circulation, and the reader
 * owes a compensation (the title's price unless the librarian names an amount) until a librarian marks it paid or
 * waives it. Nothing here blocks borrowing: the standing only shows what is unpaid.
 */
@Service
public class LossService {

    private final LoanMapper loanMapper;
    private final LoanHistoryMapper loanHistory;
    private final CompensationMapper compensations;
    private final CompensationHistoryMapper history;
    private final Books books;
    private final CopyHolds copies;
    private final Readers readers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public LossService(LoanMapper loanMapper, LoanHistoryMapper loanHistory, CompensationMapper compensations,
                       CompensationHistoryMapper history, Books books, CopyHolds copies, Readers readers,
                       ApplicationEventPublisher events, Clock clock) {
        this.loanMapper = loanMapper;
        this.loanHistory = loanHistory;
        this.compensations = compensations;
        this.history = history;
        this.books = books;
        this.copies = copies;
        this.readers = readers;
        this.events = events;
        this.clock = clock;
    }

    /** {@code readerName} and {@code readerPhone} (masked): who owes it, for the desk that collects it. */
    public record CompensationView(long id, long loanId, long readerId, String readerName, String readerPhone, long bookId,
                                   String title, long copyId, long branchId, LoanStatus outcome, String outcomeLabel,
                                   int amountFen, BigDecimal amount, CompensationStatus status, String statusLabel,
                                   String note, String reportedByType, OffsetDateTime createdAt, OffsetDateTime settledAt) {

        static CompensationView of(Compensation c, String title, Readers.Label reader) {
            return new CompensationView(c.getId(), c.getLoanId(), c.getReaderId(), reader == null ? null : reader.name(),
                    reader == null ? null : reader.phoneMasked(), c.getBookId(), title, c.getCopyId(),
                    c.getBranchId(), c.getOutcome(), c.getOutcome().label(), c.getAmountFen(),
                    BigDecimal.valueOf(c.getAmountFen(), 2), c.getStatus(), c.getStatus().label(), c.getNote(),
                    c.getReportedByType(), Times.toOffset(c.getCreatedAt()), Times.toOffset(c.getSettledAt()));
        }
    }

    /** A reader's compensations, newest first, with what is still unpaid (shown with the reader's standing). */
    public record ReaderCompensations(int unpaidFen, BigDecimal unpaid, List<CompensationView> items) {
    }

    public record CompensationFilter(CompensationStatus status, Long readerId, Long branchId) {
    }

    /** A librarian's report: {@code amountFen} null = the title's price (0 when the title has none: waived). */
    @Transactional
    public CompensationView markLoss(long loanId, LoanStatus outcome, String note, Integer amountFen, StaffPrincipal by) {
        if (outcome != LoanStatus.LOST && outcome != LoanStatus.DAMAGED) {
            throw LossErrorCode.NOT_A_LOSS.exception();
        }
        Loan loan = BranchScope.visible(by, loanMapper.selectById(loanId), Loan::getBranchId, LoanErrorCode.LOAN_NOT_FOUND);
        return close(loan, outcome, note, amountFen, Actor.staff(by));
    }

    /** The reader reports their own loan lost from the mini-program: closed like a librarian's LOST, at the title's price. */
    @Transactional
    public CompensationView reportLost(ReaderId reader, long loanId) {
        Loan loan = loanMapper.selectById(loanId);
        if (loan == null || loan.getReaderId() != reader.value()) {
            throw LoanErrorCode.LOAN_NOT_FOUND.exception();
        }
        return close(loan, LoanStatus.LOST, "读者自行报失", null, Actor.reader(reader));
    }

    @Transactional
    public CompensationView settle(long compensationId, CompensationStatus to, String note, StaffPrincipal by) {
        Compensation c = BranchScope.visible(by, compensations.selectById(compensationId), Compensation::getBranchId,
                LossErrorCode.COMPENSATION_NOT_FOUND);
        CompensationStatus from = c.getStatus();
        LocalDateTime now = LocalDateTime.now(clock);
        c.settle(to, now);
        if (compensations.updateById(c) == 0) {
            throw LossErrorCode.COMPENSATION_SETTLED.exception();
        }
        history.insert(CompensationHistory.of(c, to.name(), from, note, Actor.staff(by), now));
        return view(c);
    }

    public PageResult<CompensationView> list(CompensationFilter filter, StaffPrincipal by, PageQuery page) {
        Long branchId = BranchScope.list(by, filter.branchId());
        LambdaQueryWrapper<Compensation> query = Wrappers.<Compensation>lambdaQuery()
                .eq(filter.status() != null, Compensation::getStatus, filter.status())
                .eq(filter.readerId() != null, Compensation::getReaderId, filter.readerId())
                .eq(branchId != null, Compensation::getBranchId, branchId)
                .orderByDesc(Compensation::getId);
        Page<Compensation> result = compensations.selectPage(page.toPage(), query);
        Map<Long, String> titles = titles(result.getRecords());
        Map<Long, Readers.Label> owers = readers.labels(result.getRecords().stream().map(Compensation::getReaderId).toList());
        return PageResult.of(result, c -> CompensationView.of(c, titles.get(c.getBookId()), owers.get(c.getReaderId())));
    }

    public ReaderCompensations ofReader(long readerId) {
        List<Compensation> all = compensations.selectList(Wrappers.<Compensation>lambdaQuery()
                .eq(Compensation::getReaderId, readerId).orderByDesc(Compensation::getId));
        int unpaid = all.stream().filter(c -> c.getStatus() == CompensationStatus.UNPAID).mapToInt(Compensation::getAmountFen).sum();
        Map<Long, String> titles = titles(all);
        Readers.Label reader = readers.label(readerId).orElse(null);
        return new ReaderCompensations(unpaid, BigDecimal.valueOf(unpaid, 2),
                all.stream().map(c -> CompensationView.of(c, titles.get(c.getBookId()), reader)).toList());
    }

    private CompensationView close(Loan loan, LoanStatus outcome, String note, Integer amountFen, Actor by) {
        if (loan.getStatus() != LoanStatus.ACTIVE) {
            throw LossErrorCode.LOAN_CLOSED.exception();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        loan.closeWithLoss(outcome);
        if (loanMapper.updateById(loan) == 0) {
            throw LoanErrorCode.LOAN_CONFLICT.exception();
        }
        if (!copies.writeOff(loan.getCopyId(), outcome == LoanStatus.LOST ? CopyStatus.LOST : CopyStatus.DAMAGED)) {
            throw LossErrorCode.COPY_CHANGED.exception();
        }
        loanHistory.insert(LoanHistory.of(loan.getId(), outcome.name(), loan.getDueDate(), null, by, now));
        int amount = amountFen != null ? amountFen : defaultAmount(loan.getBookId());
        Compensation c = Compensation.forLoss(loan, outcome, amount, note, by, now);
        compensations.insert(c);
        history.insert(CompensationHistory.of(c, "CREATED", null, note, by, now));
        events.publishEvent(new LoanEvents.LoanClosedWithLoss(loan.getId(), loan.getReaderId(), loan.getBookId(),
                loan.getCopyId(), loan.getBranchId(), outcome));
        return view(c);
    }

    private int defaultAmount(long bookId) {
        return books.find(bookId).map(Book::getPriceFen).orElse(0);
    }

    private CompensationView view(Compensation c) {
        return CompensationView.of(c, books.find(c.getBookId()).map(Book::getTitle).orElse(null),
                readers.label(c.getReaderId()).orElse(null));
    }

    private Map<Long, String> titles(List<Compensation> rows) {
        return books.titles(rows.stream().map(Compensation::getBookId).toList());
    }
}
