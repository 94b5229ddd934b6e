package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.loan.BorrowRules;
import com.taoshu.loan.ReaderStanding;
import com.taoshu.loan.policy.BorrowPolicies;
import com.taoshu.loan.policy.BorrowPolicy;
import com.taoshu.loan.policy.BorrowRequest;
import com.taoshu.notify.NoticeKind;
import com.taoshu.notify.NoticeStatus;
import com.taoshu.reader.Reader;
import com.taoshu.reader.Readers;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Lost and damaged books: the loan closes, the copy leaves circulation, the reader owes the price until it is paid. */
class LossIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ReaderStanding standing;
    @Autowired
    BorrowRules rules;
    @Autowired
    Readers readers;

    long branch;
    String librarian;
    String otherLibrarian;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("LS"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        String other = unique("lib");
        createStaff(Role.LIBRARIAN, other, null, "secret-123", createBranch(unique("LT")));
        otherLibrarian = staffToken("/api/admin", Map.of("username", other, "password", "secret-123"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** An ACTIVE loan of the title at the branch, due in two days (not overdue). */
    private long lend(Reader reader, long book) {
        return given.loanDueOn(reader.getId(), book, branch, LocalDate.now(clock).plusDays(2));
    }

    private long priced(String title, int priceFen) {
        long book = createBook(title, branch, 2);
        given.priced(book, priceFen);
        return book;
    }

    private String loanStatus(long loan) {
        return jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, loan);
    }

    private String copyStatus(long loan) {
        return jdbc.queryForObject("SELECT c.status FROM book_copy c JOIN loan l ON l.copy_id = c.id WHERE l.id = ?", String.class, loan);
    }

    @Test
    void aLostBookClosesTheLoanTakesTheCopyOutOwesThePriceAndBlocksNothingElse() throws Exception {
        Reader reader = createReader("周丢书", "13600000001");
        long book = priced("丢了的书", 4550);
        long loan = lend(reader, book);
        long kept = lend(reader, priced("还在手上的书", 3000));
        given.loanReminder(reader.getId(), loan, NoticeKind.DUE_SOON, NoticeStatus.PENDING, null);

        assertThat(postJson("/api/admin/loans/" + loan + "/loss", Map.of("outcome", "LOST"), otherLibrarian).status())
                .as("another branch's loan").isEqualTo(404);
        assertThat(postJson("/api/admin/loans/" + loan + "/loss", Map.of("outcome", "RETURNED"), librarian).code()).isEqualTo(40703);
        assertThat(postJson("/api/admin/loans/" + loan + "/loss", Map.of("outcome", "LOST"), tokenFor(reader)).status()).isEqualTo(403);

        Answer lost = postJson("/api/admin/loans/" + loan + "/loss", Map.of("outcome", "LOST", "note", "读者说丢在公交上"), librarian);
        assertThat(lost.status()).as(lost.body()).isEqualTo(200);
        assertThat((Integer) lost.read("$.data.amountFen")).as("the title's price").isEqualTo(4550);
        assertThat(((Number) lost.read("$.data.amount")).doubleValue()).isEqualTo(45.5);
        assertThat((String) lost.read("$.data.status")).isEqualTo("UNPAID");
        assertThat((String) lost.read("$.data.title")).isEqualTo("丢了的书");
        long compensation = ((Number) lost.read("$.data.id")).longValue();

        assertThat(loanStatus(loan)).isEqualTo("LOST");
        assertThat(copyStatus(loan)).isEqualTo("LOST");
        assertThat(availableCopies(book, branch)).as("the other copy is still on the shelf").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loan_history WHERE loan_id = ? AND action = 'LOST'", Integer.class, loan))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM notice WHERE subject_type = 'LOAN' AND subject_id = ?", String.class, loan))
                .as("no more reminders").isEqualTo("SKIPPED");
        assertThat(postJson("/api/admin/loans/" + loan + "/loss", Map.of("outcome", "LOST"), librarian).code()).isEqualTo(40705);
        assertThat(postJson("/api/admin/loans/" + loan + "/return", Map.of(), librarian).status()).isEqualTo(409);

        // blocks nothing else: the card stays active, the lost loan no longer counts, the submit policies pass
        Reader fresh = readers.get(reader.getId());
        assertThat(fresh.getCardStatus().name()).isEqualTo("ACTIVE");
        ReaderStanding.Standing now = standing.of(reader.getId());
        assertThat(now.activeLoans()).isEqualTo(1);
        assertThat(now.overdueLoans()).isZero();
        var request = new BorrowRequest(fresh, rules.of(fresh.getCardType()), now, branch, 1);
        assertThat(BorrowPolicy.firstRejection(BorrowPolicies.SUBMIT, request)).isEmpty();

        // the standing shows what is unpaid, to the reader and the desk
        Answer mine = getJson("/api/app/loans/compensations", tokenFor(reader));
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat((Integer) mine.read("$.data.unpaidFen")).isEqualTo(4550);
        Answer desk = getJson("/api/admin/compensations?status=UNPAID&readerId=" + reader.getId(), librarian);
        assertThat((Integer) desk.read("$.data.total")).isEqualTo(1);
        assertThat((String) desk.read("$.data.records[0].readerName")).as("who owes it").isEqualTo(reader.getName());
        assertThat((String) desk.read("$.data.records[0].readerPhone")).isEqualTo(reader.getPhoneMasked()).contains("****");
        assertThat((Integer) getJson("/api/admin/compensations?readerId=" + reader.getId(), otherLibrarian).read("$.data.total"))
                .as("another branch's librarian sees their own branch").isZero();

        // damaged, with an amount of the librarian's
        Answer damaged = postJson("/api/admin/loans/" + kept + "/loss",
                Map.of("outcome", "DAMAGED", "note", "泡水", "amountFen", 1000), librarian);
        assertThat(damaged.status()).as(damaged.body()).isEqualTo(200);
        assertThat((Integer) damaged.read("$.data.amountFen")).isEqualTo(1000);
        assertThat(loanStatus(kept)).isEqualTo("DAMAGED");
        assertThat(copyStatus(kept)).isEqualTo("DAMAGED");
        assertThat((Integer) getJson("/api/app/loans/compensations", tokenFor(reader)).read("$.data.unpaidFen")).isEqualTo(5550);

        // paid once, for good; history kept
        assertThat(postJson("/api/admin/compensations/" + compensation + "/pay", Map.of(), otherLibrarian).status()).isEqualTo(404);
        Answer paid = postJson("/api/admin/compensations/" + compensation + "/pay", Map.of("note", "现金"), librarian);
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat((String) paid.read("$.data.status")).isEqualTo("PAID");
        assertThat(postJson("/api/admin/compensations/" + compensation + "/pay", Map.of(), librarian).code()).isEqualTo(40702);
        assertThat(postJson("/api/admin/compensations/" + compensation + "/waive", Map.of("note", "算了"), librarian).code())
                .isEqualTo(40702);
        assertThat((Integer) getJson("/api/app/loans/compensations", tokenFor(reader)).read("$.data.unpaidFen")).isEqualTo(1000);
        assertThat(jdbc.queryForList("SELECT action FROM compensation_history WHERE compensation_id = ? ORDER BY id", String.class,
                compensation)).containsExactly("CREATED", "PAID");
    }

    @Test
    void aReaderReportsOnlyTheirOwnLoanLost() throws Exception {
        Reader owner = createReader("吴报失", "13600000002");
        Reader stranger = createReader("郑路人", "13600000003");
        long book = priced("报失的书", 2890);
        long loan = lend(owner, book);

        Answer idor = postJson("/api/app/loans/" + loan + "/report-lost", Map.of(), tokenFor(stranger));
        assertThat(idor.status()).isEqualTo(404);
        assertThat(loanStatus(loan)).isEqualTo("ACTIVE");

        Answer lost = postJson("/api/app/loans/" + loan + "/report-lost", Map.of(), tokenFor(owner));
        assertThat(lost.status()).as(lost.body()).isEqualTo(200);
        assertThat((Integer) lost.read("$.data.amountFen")).isEqualTo(2890);
        assertThat((String) lost.read("$.data.status")).isEqualTo("UNPAID");
        assertThat((String) lost.read("$.data.reportedByType")).isEqualTo("READER");
        assertThat(loanStatus(loan)).isEqualTo("LOST");
        assertThat(copyStatus(loan)).isEqualTo("LOST");
        assertThat(postJson("/api/app/loans/" + loan + "/report-lost", Map.of(), tokenFor(owner)).code()).isEqualTo(40705);

        Answer loans = getJson("/api/app/loans?status=LOST", tokenFor(owner));
        assertThat((String) loans.read("$.data.records[0].statusLabel")).isEqualTo("已遗失");

        // a title without a price: nothing to pay, waived at once (still recorded)
        long free = createBook("没有定价的书", branch, 1);
        long freeLoan = lend(owner, free);
        Answer waived = postJson("/api/app/loans/" + freeLoan + "/report-lost", Map.of(), tokenFor(owner));
        assertThat((Integer) waived.read("$.data.amountFen")).isZero();
        assertThat((String) waived.read("$.data.status")).isEqualTo("WAIVED");
        Map<String, Object> counts = new HashMap<>(jdbc.queryForMap(
                "SELECT COUNT(*) AS n, SUM(status = 'UNPAID') AS unpaid FROM compensation WHERE reader_id = ?", owner.getId()));
        assertThat(((Number) counts.get("n")).intValue()).isEqualTo(2);
        assertThat(((Number) counts.get("unpaid")).intValue()).isEqualTo(1);
    }
}
