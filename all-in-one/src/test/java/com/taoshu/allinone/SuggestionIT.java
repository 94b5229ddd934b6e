package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Suggestions and purchase requests (阅读建议 / 荐购): the librarians' queue and its state machine, duplicates of one
 * ISBN grouped, and a purchased title reaching its requesters as a held reservation with a notice once catalogued.
 */
class SuggestionIT extends ApiTestBase {

    long branch;
    String librarian;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("SG"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
    }

    private record Someone(String token, long id) {
    }

    private Someone reader() {
        Reader r = createReader("读者" + unique(""), null);
        return new Someone(tokenFor(r), r.getId());
    }

    private long id(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return ((Number) a.read("$.data.id")).longValue();
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM reader_suggestion WHERE id = ?", String.class, id);
    }

    /** A random checksum-valid 978 ISBN-13 and its ISBN-10 form. */
    private static String[] isbn() {
        String nine = String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String body13 = "978" + nine;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body13.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        String isbn13 = body13 + (10 - sum % 10) % 10;
        int sum10 = 0;
        for (int i = 0; i < 9; i++) {
            sum10 += (nine.charAt(i) - '0') * (10 - i);
        }
        int check10 = (11 - sum10 % 11) % 11;
        String isbn10 = nine + (check10 == 10 ? "X" : String.valueOf(check10));
        return new String[] {isbn13, isbn10};
    }

    @Test
    void aSuggestionIsRepliedToAndRejectedAndOnlyItsAuthorSeesIt() throws Exception {
        Someone alice = reader();
        Someone bob = reader();
        Answer missing = postJson("/api/app/suggestions", Map.of("content", "希望周末延长开放时间"), alice.token());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.msg()).contains("请选择建议类别");
        long id = id(postJson("/api/app/suggestions", Map.of("category", "SERVICE", "content", "希望周末延长开放时间"), alice.token()));
        assertThat(status(id)).isEqualTo("SUBMITTED");

        // another reader can neither read nor withdraw it, nor see it in their list
        Answer foreign = getJson("/api/app/suggestions/" + id, bob.token());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.code()).isEqualTo(60801);
        assertThat(postJson("/api/app/suggestions/" + id + "/withdraw", Map.of(), bob.token()).status()).isEqualTo(404);
        assertThat((List<?>) getJson("/api/app/suggestions", bob.token()).read("$.data.records")).isEmpty();
        assertThat(status(id)).isEqualTo("SUBMITTED");

        Answer queue = getJson("/api/admin/suggestions?type=SUGGESTION&status=SUBMITTED&size=100", librarian);
        assertThat((List<Integer>) queue.read("$.data.records[*].id")).contains((int) id);
        assertThat(postJson("/api/admin/suggestions/" + id + "/reply", Map.of("reply", "已转交馆长研究"), librarian).status())
                .isEqualTo(200);
        Answer noReason = postJson("/api/admin/suggestions/" + id + "/reject", Map.of("reason", " "), librarian);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.msg()).contains("请填写不予采纳的原因");
        assertThat(postJson("/api/admin/suggestions/" + id + "/reject", Map.of("reason", "人手不足，暂不延长"), librarian).status())
                .isEqualTo(200);
        Answer purchased = postJson("/api/admin/suggestions/" + id + "/purchased", Map.of(), librarian);
        assertThat(purchased.status()).isEqualTo(400);
        assertThat(purchased.code()).isEqualTo(60805);
        Answer accepted = postJson("/api/admin/suggestions/" + id + "/accept", Map.of(), librarian);
        assertThat(accepted.status()).isEqualTo(409);
        assertThat(accepted.msg()).isEqualTo("该阅读建议当前为「未采纳」，不能变为「已采纳」");

        Answer mine = getJson("/api/app/suggestions/" + id, alice.token());
        assertThat((String) mine.read("$.data.status")).isEqualTo("REJECTED");
        assertThat((String) mine.read("$.data.statusLabel")).isEqualTo("未采纳");
        assertThat((String) mine.read("$.data.reply")).isEqualTo("已转交馆长研究");
        assertThat((String) mine.read("$.data.rejectReason")).isEqualTo("人手不足，暂不延长");
        assertThat(jdbc.queryForList("SELECT to_status FROM reader_suggestion_history WHERE suggestion_id = ? ORDER BY id",
                String.class, id)).containsExactly("SUBMITTED", "SUBMITTED", "REJECTED");
        Answer late = postJson("/api/app/suggestions/" + id + "/withdraw", Map.of(), alice.token());
        assertThat(late.status()).isEqualTo(409);
    }

    @Test
    void duplicatesGroupAndAPurchasedTitleBecomesAHeldReservationWithANoticeWhenCatalogued() throws Exception {
        String[] isbn = isbn();
        Someone alice = reader();
        Someone bob = reader();
        Someone carol = reader();
        String hyphenated = isbn[0].substring(0, 3) + "-" + isbn[0].substring(3, 8) + "-" + isbn[0].substring(8);
        long aliceReq = id(postJson("/api/app/purchase-requests",
                Map.of("isbn", hyphenated, "title", "荐购的新书", "author", "某作者", "reason", "孩子们想看"), alice.token()));
        long bobReq = id(postJson("/api/app/purchase-requests", Map.of("isbn", isbn[1], "reason", "同求"), bob.token()));
        assertThat(jdbc.queryForObject("SELECT isbn FROM reader_suggestion WHERE id = ?", String.class, bobReq)).isEqualTo(isbn[0]);
        Answer twice = postJson("/api/app/purchase-requests", Map.of("isbn", isbn[0]), alice.token());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo(60803);
        Answer nothing = postJson("/api/app/purchase-requests", Map.of("title", "只有书名"), carol.token());
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.msg()).isEqualTo("请填写要荐购的书的ISBN，或书名和作者");
        Answer badIsbn = postJson("/api/app/purchase-requests", Map.of("isbn", "9780000000000"), carol.token());
        assertThat(badIsbn.status()).isEqualTo(400);
        long titleOnly = id(postJson("/api/app/purchase-requests", Map.of("title", "没有ISBN的书", "author", "佚名"), carol.token()));

        // the queue groups the two requests of one ISBN
        Answer groups = getJson("/api/admin/purchase-requests/groups?size=100", librarian);
        assertThat(groups.status()).as(groups.body()).isEqualTo(200);
        List<Map<String, Object>> mine = groups.read("$.data.records[?(@.isbn == '" + isbn[0] + "')]");
        assertThat(mine).hasSize(1);
        assertThat(((Number) mine.getFirst().get("requests")).intValue()).isEqualTo(2);
        assertThat((String) mine.getFirst().get("title")).isEqualTo("荐购的新书");
        Answer queued = getJson("/api/admin/suggestions?type=PURCHASE&status=SUBMITTED&size=100", librarian);
        List<Integer> same = queued.read("$.data.records[?(@.id == " + aliceReq + ")].sameIsbnOpen");
        assertThat(same).containsExactly(2);

        Answer needsIsbn = postJson("/api/admin/suggestions/" + titleOnly + "/purchased", Map.of(), librarian);
        assertThat(needsIsbn.status()).isEqualTo(400);
        assertThat(needsIsbn.code()).isEqualTo(60806);
        assertThat(postJson("/api/admin/suggestions/" + aliceReq + "/accept", Map.of("reply", "好的，列入采购单"), librarian).status())
                .isEqualTo(200);
        Answer bought = postJson("/api/admin/purchase-requests/groups/" + isbn[1] + "/purchased", Map.of("reply", "已下单"), librarian);
        assertThat(bought.status()).as(bought.body()).isEqualTo(200);
        assertThat((Integer) bought.read("$.data.purchased")).isEqualTo(2);
        assertThat(status(aliceReq)).isEqualTo("PURCHASED");
        assertThat(status(bobReq)).isEqualTo("PURCHASED");
        assertThat((String) getJson("/api/app/suggestions/" + bobReq, bob.token()).read("$.data.reply")).isEqualTo("已下单");

        // catalogued: the title, then its first copies at the branch
        Answer book = postJson("/api/admin/books", Map.of("isbn", isbn[0], "title", "荐购的新书", "author", "某作者"), librarian);
        assertThat(book.status()).as(book.body()).isEqualTo(200);
        long bookId = ((Number) book.read("$.data.id")).longValue();
        assertThat(status(aliceReq)).as("no copy yet").isEqualTo("PURCHASED");
        Answer copies = postJson("/api/admin/books/" + bookId + "/copies", Map.of("branchId", branch, "count", 2), librarian);
        assertThat(copies.status()).as(copies.body()).isEqualTo(200);

        for (var requester : List.of(Map.entry(aliceReq, alice), Map.entry(bobReq, bob))) {
            long request = requester.getKey();
            long readerId = requester.getValue().id();
            assertThat(status(request)).isEqualTo("FULFILLED");
            Long reservationId = jdbc.queryForObject("SELECT reservation_id FROM reader_suggestion WHERE id = ?", Long.class, request);
            assertThat(jdbc.queryForMap("SELECT reader_id, book_id, branch_id, status FROM reservation WHERE id = ?", reservationId))
                    .containsEntry("reader_id", readerId).containsEntry("book_id", bookId).containsEntry("branch_id", branch)
                    .containsEntry("status", "FULFILLED");
            long orderId = jdbc.queryForObject("SELECT order_id FROM reservation WHERE id = ?", Long.class, reservationId);
            assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId))
                    .isEqualTo("READY_FOR_PICKUP");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE kind = 'RESERVATION_AVAILABLE' AND reader_id = ?",
                    Integer.class, readerId)).isEqualTo(1);
            assertThat(jdbc.queryForList("SELECT to_status FROM reader_suggestion_history WHERE suggestion_id = ? ORDER BY id",
                    String.class, request)).endsWith("PURCHASED", "FULFILLED");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD'", Integer.class, bookId))
                .isEqualTo(2);
        Answer aliceSees = getJson("/api/app/suggestions/" + aliceReq, alice.token());
        assertThat((String) aliceSees.read("$.data.statusLabel")).isEqualTo("已到馆");
        assertThat((List<String>) aliceSees.read("$.data.timeline[*].status"))
                .containsExactly("SUBMITTED", "ACCEPTED", "PURCHASED", "FULFILLED");

        // another catalog change of the title changes nothing; a request for a title on the shelf is refused
        assertThat(postJson("/api/admin/books/" + bookId + "/copies", Map.of("branchId", branch, "count", 1), librarian).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reservation WHERE book_id = ?", Integer.class, bookId)).isEqualTo(2);
        Answer held = postJson("/api/app/purchase-requests", Map.of("isbn", isbn[0]), carol.token());
        assertThat(held.status()).isEqualTo(409);
        assertThat(held.code()).isEqualTo(60804);
    }
}
