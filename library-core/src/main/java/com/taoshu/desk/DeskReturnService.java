package com.taoshu.desk;

import com.taoshu.catalog.CopyHolds;
import com.taoshu.catalog.CopyHolds.ScannedCopy;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.loan.Loan;
import com.taoshu.loan.Loans;
import com.taoshu.loan.LoanService;
import com.taoshu.loan.LoanStatus;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderStore;
import com.taoshu.reader.Readers;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.lifecycle.Labelled;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.time.Times;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 还书 by scanning the copy's barcode: the open loan of that copy is returned through the same path as a return by
 * loan id ({@link LoanService#returnAtDesk}, which offers the copy to the head of the title's reservation queue in the
 * same transaction), and the desk is told what to do with the book in hand: back on the shelf, or onto the holding
 * shelf at a slot for the reader it is now kept for (or to the delivery area when that reader asked for delivery).
 * <p>
 * Idempotent: scanning a copy whose loan is already returned answers 200 with {@code alreadyReturned} and what to do
 * with it now, so a double scan (or a retry) never fails and never returns twice. A copy lent by another branch is
 * refused with that branch's name (the book belongs to that branch's collection and reservation queue; transfers
 * between branches are not part of a desk return).
 */
@Service
public class DeskReturnService {

    private final CopyHolds copies;
    private final Loans loanFinder;
    private final LoanService loans;
    private final OrderStore orders;
    private final Readers readers;
    private final Clock clock;

    public DeskReturnService(CopyHolds copies, Loans loanFinder, LoanService loans, OrderStore orders, Readers readers,
                             Clock clock) {
        this.copies = copies;
        this.loanFinder = loanFinder;
        this.loans = loans;
        this.orders = orders;
        this.readers = readers;
        this.clock = clock;
    }

    /** What to do with the book in hand after the scan. */
    public enum Action implements Labelled {
        SHELVE("归还上架"),
        HOLDING_SHELF("放到暂存架"),
        DELIVERY_AREA("放到待派送区");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /**
     * {@code readerName}: the borrower, masked (王**); {@code overdueDays} as of the return; the library charges no
     * overdue fee (only lost or damaged books are compensated), so there is no fine to show. {@code keptFor*}: the
     * reader the copy is now kept for, with the holding-shelf slot and order number.
     */
    public record DeskReturn(String barcode, long loanId, long bookId, String title, String readerName, String readerPhone,
                             LocalDate dueDate, long overdueDays, OffsetDateTime returnedAt, boolean alreadyReturned,
                             Action action, String actionLabel, String instruction, String keptForReader,
                             String shelfSlot, String keptForOrderNo) {
    }

    @Transactional
    public DeskReturn returnByBarcode(String barcode, StaffPrincipal librarian) {
        ScannedCopy copy = copies.byBarcode(barcode).orElseThrow(DeskErrorCode.BARCODE_NOT_FOUND::exception);
        Loan open = latestLoan(copy.id(), List.of(LoanStatus.ACTIVE, LoanStatus.RETURN_COLLECTED));
        if (open != null) {
            if (!librarian.mayActOn(open.getBranchId())) {
                throw new BizException(DeskErrorCode.LENT_BY_OTHER_BRANCH,
                        "这本书是" + copy.branchName() + "借出的，请送回" + copy.branchName() + "归还");
            }
            long overdue = open.overdueDays(LocalDate.now(clock));
            loans.returnAtDesk(open.getId(), librarian);
            return answer(barcode, copy, loanFinder.find(open.getId()).orElseThrow(), overdue, false);
        }
        Loan returned = latestLoan(copy.id(), List.of(LoanStatus.RETURNED));
        if (returned == null || copy.status() == CopyStatus.ON_LOAN) {
            throw DeskErrorCode.NOT_ON_LOAN.exception();
        }
        if (!librarian.mayActOn(returned.getBranchId())) {
            throw new BizException(DeskErrorCode.LENT_BY_OTHER_BRANCH,
                    "这本书是" + copy.branchName() + "借出的，请送回" + copy.branchName() + "归还");
        }
        long overdue = returned.getReturnedAt() == null || !returned.getReturnedAt().toLocalDate().isAfter(returned.getDueDate())
                ? 0 : java.time.temporal.ChronoUnit.DAYS.between(returned.getDueDate(), returned.getReturnedAt().toLocalDate());
        return answer(barcode, copy, returned, overdue, true);
    }

    private Loan latestLoan(long copyId, List<LoanStatus> statuses) {
        return loanFinder.latestOfCopy(copyId, statuses).orElse(null);
    }

    private DeskReturn answer(String barcode, ScannedCopy scanned, Loan loan, long overdueDays, boolean alreadyReturned) {
        Readers.Label borrower = readers.label(loan.getReaderId()).orElse(null);
        ScannedCopy now = copies.byBarcode(barcode).orElse(scanned);
        Action action = Action.SHELVE;
        String keptFor = null;
        String slot = null;
        String orderNo = null;
        String instruction;
        if (now.status() == CopyStatus.HELD && now.heldByOrderId() != null) {
            BorrowOrder order = orders.get(now.heldByOrderId());
            keptFor = readers.label(order.getReaderId()).map(Readers.Label::maskedName).orElse("读者");
            orderNo = order.getOrderNo();
            if (order.getFulfilment() == Fulfilment.DELIVERY) {
                action = Action.DELIVERY_AREA;
                instruction = "放到待派送区，送给" + keptFor + "（订单 " + orderNo + "）";
            } else {
                action = Action.HOLDING_SHELF;
                slot = order.getShelfSlot();
                instruction = "放到暂存架" + (slot == null ? "" : " " + slot) + "，留给" + keptFor;
            }
        } else if (now.status() == CopyStatus.AVAILABLE) {
            instruction = "归还上架";
        } else {
            instruction = "这本书现在的状态是「" + now.status().label() + "」，请交给馆员处理";
        }
        if (alreadyReturned) {
            instruction = "这本书已经还过了；" + instruction;
        }
        return new DeskReturn(barcode.trim(), loan.getId(), loan.getBookId(), scanned.title(),
                borrower == null ? "读者" : borrower.maskedName(), borrower == null ? null : borrower.phoneMasked(),
                loan.getDueDate(), overdueDays, Times.toOffset(loan.getReturnedAt()), alreadyReturned, action,
                action.label(), instruction, keptFor, slot, orderNo);
    }
}
