package com.taoshu.testsupport;

import com.taoshu.catalog.BookAdminService;
import com.taoshu.catalog.BookDraft;
import com.taoshu.catalog.BookView;
import com.taoshu.catalog.CategoryService;
import com.taoshu.delivery.CourierAdminService;
import com.taoshu.delivery.DeliveryApplication;
import com.taoshu.delivery.EligibilityService;
import com.taoshu.loan.BorrowRule;
import com.taoshu.loan.BorrowRules;
import com.taoshu.loan.LoanService;
import com.taoshu.loan.Loans;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeStatus;
import com.taoshu.reader.CardType;
import com.taoshu.reader.Reader;
import com.taoshu.reader.ReaderCardService;
import com.taoshu.reader.ReaderProfileService;
import com.taoshu.reader.Readers;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.staff.StaffDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an integration test needs to be true before it starts, said in the library's words ({@code given.homeBranch},
 * {@code given.loanBorrowedDaysAgo}, {@code given.suspendedCard}) instead of rows written by hand. Each method goes
 * through the production use case a reader or librarian would use, so statuses move through their lifecycles and the
 * history is what it would be; where a test needs the past (a loan borrowed weeks ago), the use case runs at that
 * moment instead of the database being rewritten. The one exception, {@link #loanReminder}, says why in its javadoc.
 *
 * <p>Librarians' acts are done by {@link #ADMIN}, an administrator of all branches that has no account (id 0): tests
 * that check who acted do so through their own signed-in staff.
 */
@TestComponent
public class Given {

    /** The administrator the fixtures act as (no staff row: the id is 0). */
    public static final StaffPrincipal ADMIN = new StaffPrincipal(0, Role.ADMIN, null, "测试管理员");

    private final Readers readers;
    private final ReaderProfileService profiles;
    private final ReaderCardService cards;
    private final EligibilityService eligibility;
    private final StaffDirectory staff;
    private final CourierAdminService couriers;
    private final Loans loans;
    private final LoanService loanService;
    private final BorrowRules rules;
    private final CategoryService categories;
    private final BookAdminService books;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public Given(Readers readers, ReaderProfileService profiles, ReaderCardService cards, EligibilityService eligibility,
                 StaffDirectory staff, CourierAdminService couriers, Loans loans, LoanService loanService, BorrowRules rules,
                 CategoryService categories, BookAdminService books, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                 Clock clock) {
        this.readers = readers;
        this.profiles = profiles;
        this.cards = cards;
        this.eligibility = eligibility;
        this.staff = staff;
        this.couriers = couriers;
        this.loans = loans;
        this.loanService = loanService;
        this.rules = rules;
        this.categories = categories;
        this.books = books;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ readers

    /** The id of the reader who logged in (wx-login) with {@code loginCode} (the fake WeChat's openid is "openid-" + code). */
    public long readerLoggedInAs(String loginCode) {
        return readers.findByOpenid("openid-" + loginCode).orElseThrow().getId();
    }

    /** The reader chose {@code branchId} as their home branch in the app (我的 → 所属分馆; a 通借通还 card may). */
    public void homeBranch(long readerId, long branchId) {
        profiles.update(new ReaderId(readerId), new ReaderProfileService.ProfileUpdate(null, branchId));
    }

    /** The reader set their name in the app. */
    public void named(long readerId, String name) {
        profiles.update(new ReaderId(readerId), new ReaderProfileService.ProfileUpdate(name, null));
    }

    /** The reader bound {@code phone} (11 digits) with WeChat's phone button (the fake WeChat answers "phone-" + digits). */
    public void phone(long readerId, String phone) {
        profiles.bindPhone(new ReaderId(readerId), "phone-" + phone);
    }

    /** A librarian issued the reader a 诚信通 card of {@code homeBranchId} (recorded in the card history). */
    public void communityTrustCard(long readerId, long homeBranchId) {
        cards.changeCardType(readerId, CardType.COMMUNITY_TRUST, homeBranchId, "测试：办理诚信通", ADMIN);
    }

    /** A librarian suspended the reader's card (recorded in the card history). */
    public void suspendedCard(long readerId) {
        cards.suspend(readerId, "测试：暂停借阅", ADMIN);
    }

    /** A librarian restored the reader's suspended card (recorded in the card history). */
    public void restoredCard(long readerId) {
        cards.restore(readerId, "测试：恢复借阅", ADMIN);
    }

    /** The reader applied for 送书上门 and a librarian approved it. */
    public void approvedForDelivery(long readerId) {
        long application = eligibility.apply(new ReaderId(readerId), DeliveryApplication.Reason.ELDERLY, null).id();
        eligibility.decide(application, true, null, ADMIN);
    }

    /** The reader chose {@code homeBranchId} as their home branch, applied for 送书上门 and a librarian approved it. */
    public void approvedForDelivery(long readerId, long homeBranchId) {
        homeBranch(readerId, homeBranchId);
        approvedForDelivery(readerId);
    }

    // ------------------------------------------------------------------------------------------------ couriers

    /** A librarian marked the courier as on leave on the 配送员 page (the rest of their profile as it is). */
    public void courierOnLeave(long staffId) {
        long branch = staff.find(staffId).orElseThrow().getBranchId();
        CourierAdminService.CourierView c = couriers.list(branch, ADMIN, PageQuery.first(100)).records().stream()
                .filter(v -> v.staffId() == staffId).findFirst().orElseThrow();
        couriers.update(staffId, new CourierAdminService.ProfileInput(c.vehicle(), c.bagCapacity(), c.shiftStart(),
                c.shiftEnd(), true), ADMIN);
    }

    // ------------------------------------------------------------------------------------------------ loans

    /**
     * The reader borrowed an AVAILABLE copy of the book at the branch's desk {@code days} days ago (the desk checkout's
     * loan start, run at that moment): ACTIVE, due after the card's loan days. Returns the loan id.
     */
    public long loanBorrowedDaysAgo(long readerId, long bookId, long branchId, int days) {
        return lend(readerId, bookId, branchId, LocalDateTime.now(clock).minusDays(days));
    }

    /**
     * The reader borrowed an AVAILABLE copy of the book at the branch's desk so long ago that it falls due on
     * {@code due} (lent at 10:00, the card's loan days before): ACTIVE. Returns the loan id.
     */
    public long loanDueOn(long readerId, long bookId, long branchId, LocalDate due) {
        int loanDays = rules.of(readers.get(readerId).getCardType()).getLoanDays();
        return lend(readerId, bookId, branchId, due.minusDays(loanDays).atTime(10, 0));
    }

    /** The reader borrowed the book at the branch {@code days} days ago and has brought it back today. Returns the loan id. */
    public long loanReturned(long readerId, long bookId, long branchId, int daysAgo) {
        long loan = loanBorrowedDaysAgo(readerId, bookId, branchId, daysAgo);
        returnedAtDesk(loan);
        return loan;
    }

    /** The loan's copy was brought back to the desk of its branch now (the copy goes back on the shelf). */
    public void returnedAtDesk(long loanId) {
        loanService.returnAtDesk(loanId, ADMIN);
    }

    private long lend(long readerId, long bookId, long branchId, LocalDateTime at) {
        Reader reader = readers.get(readerId);
        long copy = jdbc.queryForObject("SELECT id FROM book_copy WHERE book_id = ? AND branch_id = ? AND status = 'AVAILABLE' "
                + "ORDER BY id LIMIT 1", Long.class, bookId, branchId);
        return tx.execute(status -> loans.startAtDesk(readerId, reader.getCardType(), bookId, copy, branchId,
                Actor.staff(ADMIN), at).orElseThrow().getId());
    }

    /** A librarian changed the card type's loan limit on the 借阅规则 page (everything else as it is). */
    public void loanLimit(CardType cardType, int books) {
        BorrowRule r = rules.of(cardType);
        rules.update(cardType, new BorrowRules.RuleChange(books, r.getLoanDays(), r.getMaxRenewals(), r.getRenewDays(),
                r.getPickupDays(), r.getRenewOverdueGraceDays(), r.getAutoApprove(), null, null, r.getVersion()));
    }

    /**
     * A reminder about the loan in the notice outbox: {@code kind} in {@code status}, sent at {@code sentAt} (null: not
     * sent yet). Written as one row, since the reminder jobs only write today's reminders and a test needs earlier ones.
     */
    public void loanReminder(long readerId, long loanId, NoticeKind kind, NoticeStatus status, LocalDateTime sentAt) {
        jdbc.update("INSERT INTO notice (reader_id, kind, subject_type, subject_id, dedup_key, payload, status, attempts, "
                        + "next_attempt_at, sent_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, NOW(3), ?, NOW(3), NOW(3))",
                readerId, kind.name(), NoticeKind.SubjectType.LOAN.name(), loanId, "given-" + UUID.randomUUID(), status.name(),
                sentAt == null ? 0 : 1, sentAt);
    }

    // ------------------------------------------------------------------------------------------------ catalog

    /** A category a librarian created (分类管理). Returns its id. */
    public long category(String name) {
        return categories.create(new CategoryService.CategoryDraft(name, null, 0)).id();
    }

    /** A librarian filed the titles under the category (the title's edit form). */
    public void inCategory(long categoryId, long... bookIds) {
        for (long book : bookIds) {
            edit(book, draft -> draft.withCategory(categoryId));
        }
    }

    /** A librarian entered the title's list price (what a lost copy costs), in fen. */
    public void priced(long bookId, int priceFen) {
        edit(bookId, d -> new BookDraft(d.isbn(), d.title(), d.author(), d.publisher(), d.publishYear(), d.categoryId(),
                d.summary(), d.coverUrl(), BigDecimal.valueOf(priceFen, 2)));
    }

    private void edit(long bookId, UnaryOperator<BookDraft> change) {
        BookView b = books.detail(bookId).book();
        books.update(bookId, change.apply(new BookDraft(b.isbn(), b.title(), b.author(), b.publisher(), b.publishYear(),
                b.categoryId(), b.summary(), b.coverUrl(), b.price())), b.version());
    }
}
