package com.taoshu.desk;

import com.taoshu.catalog.CopyHolds;
import com.taoshu.catalog.CopyHolds.ScannedCopy;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.BorrowRules;
import com.taoshu.loan.Loan;
import com.taoshu.loan.Loans;
import com.taoshu.loan.ReaderStanding;
import com.taoshu.loan.ReaderStanding.Standing;
import com.taoshu.loan.policy.BorrowPolicies;
import com.taoshu.loan.policy.BorrowPolicy;
import com.taoshu.loan.policy.BorrowRequest;
import com.taoshu.order.BorrowOrder;
import com.taoshu.order.OrderStore;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderView;
import com.taoshu.reader.Readers;
import com.taoshu.reader.ecard.ECards;
import com.taoshu.reservation.ReservationService;
import com.taoshu.shared.error.BizException;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.StaffPrincipal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 扫码借书: a reader at the counter with books in hand, no order. The desk has scanned the reader's e-card (a desk
 * ticket from {@link DeskIdentifyService}) and then each book's barcode. Each book is decided on its own, in scan
 * order: the copy must be this branch's and on the shelf, not kept for a reader in the reservation queue, and the
 * reader must pass the borrow policies of an order ({@link BorrowPolicies#DESK_CHECKOUT}, the same list as a
 * submit, counting the books accepted before it); the books that pass start loans through the same path as a
 * handover ({@link Loans#startAtDesk}), the others are answered with the reason in Chinese.
 * <p>
 * {@link #check} answers the same without lending (the scan-by-scan preview; run in a transaction that is rolled
 * back), {@link #checkout} lends. The reader row is locked while deciding, so two desks lending to one reader at once
 * pass the loan limit one after the other; each copy moves AVAILABLE → ON_LOAN by a conditional update.
 */
@Service
public class DeskCheckoutService {

    public static final int MAX_BOOKS = 20;

    private final ECards ecards;
    private final Readers readers;
    private final BorrowRules rules;
    private final ReaderStanding standing;
    private final CopyHolds copies;
    private final ReservationService reservations;
    private final OrderStore orders;
    private final Loans loans;
    private final TransactionTemplate tx;
    private final Clock clock;

    public DeskCheckoutService(ECards ecards, Readers readers, BorrowRules rules, ReaderStanding standing, CopyHolds copies,
                               ReservationService reservations, OrderStore orders, Loans loans, TransactionTemplate tx,
                               Clock clock) {
        this.ecards = ecards;
        this.readers = readers;
        this.rules = rules;
        this.standing = standing;
        this.copies = copies;
        this.reservations = reservations;
        this.orders = orders;
        this.loans = loans;
        this.tx = tx;
        this.clock = clock;
    }

    /** One scanned book: lent (or lendable, in a check) with its due date, or refused with the reason. */
    public record Line(String barcode, Long bookId, String title, boolean ok, String refusal, Long loanId, LocalDate dueDate) {
    }

    public record Checkout(ReaderView reader, List<Line> lines, int accepted, boolean lent) {
    }

    public Checkout check(String ticket, List<String> barcodes, StaffPrincipal by) {
        return run(ticket, barcodes, by, false);
    }

    public Checkout checkout(String ticket, List<String> barcodes, StaffPrincipal by) {
        return run(ticket, barcodes, by, true);
    }

    private Checkout run(String ticket, List<String> barcodes, StaffPrincipal by, boolean lend) {
        long readerId = ecards.verifyDeskTicket(ticket, by.staffId());
        List<String> scanned = new ArrayList<>(new LinkedHashSet<>(barcodes == null ? List.<String>of()
                : barcodes.stream().filter(b -> b != null && !b.isBlank()).map(String::trim).toList()));
        if (scanned.isEmpty()) {
            throw DeskErrorCode.NOTHING_TO_LEND.exception();
        }
        if (scanned.size() > MAX_BOOKS) {
            throw DeskErrorCode.TOO_MANY_BOOKS.exception();
        }
        return tx.execute(status -> {
            if (!lend) {
                status.setRollbackOnly(); // a preview: the same decisions, nothing kept
            }
            Reader reader = readers.get(readerId);
            Standing now = standing.lockedOf(readerId);
            BorrowRule rule = rules.of(reader.getCardType());
            LocalDateTime at = LocalDateTime.now(clock);
            List<Line> lines = new ArrayList<>();
            int accepted = 0;
            for (String barcode : scanned) {
                Optional<ScannedCopy> found = copies.byBarcode(barcode);
                if (found.isEmpty()) {
                    lines.add(refused(barcode, null, "没有这个条码的图书"));
                    continue;
                }
                ScannedCopy copy = found.get();
                Optional<String> refusal = refusal(copy, reader, rule, now, accepted, by);
                if (refusal.isPresent()) {
                    lines.add(refused(barcode, copy, refusal.get()));
                    continue;
                }
                accepted++;
                if (!lend) {
                    lines.add(new Line(barcode, copy.bookId(), copy.title(), true, null, null,
                            at.toLocalDate().plusDays(rule.getLoanDays())));
                    continue;
                }
                Optional<Loan> loan = loans.startAtDesk(readerId, reader.getCardType(), copy.bookId(), copy.id(),
                        copy.branchId(), Actor.staff(by), at);
                if (loan.isEmpty()) {
                    accepted--;
                    lines.add(refused(barcode, copy, "这本书刚刚被借出或预留，请核对"));
                    continue;
                }
                lines.add(new Line(barcode, copy.bookId(), copy.title(), true, null, loan.get().getId(), loan.get().getDueDate()));
            }
            return new Checkout(ReaderView.of(reader), lines, accepted, lend && accepted > 0);
        });
    }

    /** Why this copy cannot be lent to this reader now (empty: it can), the copy's own state first, then the policies. */
    private Optional<String> refusal(ScannedCopy copy, Reader reader, BorrowRule rule, Standing now, int acceptedBefore,
                                     StaffPrincipal by) {
        if (!by.mayActOn(copy.branchId())) {
            return Optional.of("这本书属于" + copy.branchName() + "，不能在本馆借出");
        }
        if (copy.status() == CopyStatus.ON_LOAN) {
            return Optional.of("这本书已借出，还没有办理归还（如是刚还回的书，请先扫码还书）");
        }
        if (copy.status() == CopyStatus.HELD) {
            BorrowOrder order = copy.heldByOrderId() == null ? null : orders.find(copy.heldByOrderId()).orElse(null);
            if (order != null && order.getReaderId().equals(reader.getId())) {
                return Optional.of("这本书在该读者的待取订单 " + order.getOrderNo() + " 里，请用取书核验交接");
            }
            return Optional.of("这本书已为其他读者预留，请放回暂存架");
        }
        if (copy.status() != CopyStatus.AVAILABLE) {
            return Optional.of("这本书的状态是「" + copy.status().label() + "」，不能借出");
        }
        long waiting = reservations.waiting(copy.bookId(), copy.branchId(), reader.getId());
        if (waiting > 0) {
            return Optional.of("有" + waiting + "位读者在预约这本书，需先留给预约的读者");
        }
        return BorrowPolicy.firstRejection(BorrowPolicies.DESK_CHECKOUT,
                        new BorrowRequest(reader, rule, now, copy.branchId(), acceptedBefore + 1))
                .map(BizException::userMessage);
    }

    private static Line refused(String barcode, ScannedCopy copy, String reason) {
        return new Line(barcode, copy == null ? null : copy.bookId(), copy == null ? null : copy.title(), false, reason, null, null);
    }
}
