package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.recommend.RecommendRebuildJob;
import com.taoshu.testsupport.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 猜你喜欢 from co-borrowing: recommendRebuildJob builds the neighbours, the home feed and /api/app/recommendations read
 * them for the signed-in reader only, never offering a title the reader borrowed or has open in an order, titles at
 * the reader's branch first; /api/app/books/{id}/also-borrowed lists a title's neighbours with availability.
 */
class RecommendationIT extends ApiTestBase {

    @Autowired
    RecommendRebuildJob job;

    @Test
    void readersOfATitleAreOfferedWhatOthersBorrowedWithItButNothingTheyBorrowedOrOrdered() throws Exception {
        long branch = createBranch(unique("RB"));
        long elsewhere = createBranch(unique("RE"));
        long a = createBook("三体", branch, 30);
        long b = createBook("球状闪电", branch, 10);           // co-borrowed with A by 3 readers, held here
        long f = createBook("流浪地球", elsewhere, 10);        // co-borrowed with A by 4 readers, only at another branch
        long o = createBook("超新星纪元", branch, 10);          // co-borrowed with A, but I have it in an open order
        long e = createBook("带上她的眼睛", branch, 10);        // I borrowed it long ago

        String code = unique("rec");
        String token = readerToken(code);
        long me = given.readerLoggedInAs(code);
        given.homeBranch(me, branch);
        openOrder(token, o, branch); // before my overdue loan below, which would block new orders
        loan(me, e, branch, 40);
        loan(me, a, branch, 3);
        long r1 = 0;
        for (int i = 0; i < 3; i++) {
            long r = createReader("同好" + i, null).getId();
            r1 = i == 0 ? r : r1;
            loan(r, a, branch, 5);
            loan(r, b, branch, 4);
        }
        loan(r1, e, branch, 6);
        for (int i = 0; i < 4; i++) {
            long r = createReader("远方读者" + i, null).getId();
            loan(r, a, branch, 5);
            loan(r, f, elsewhere, 4);
        }
        for (int i = 0; i < 2; i++) {
            long r = createReader("另一读者" + i, null).getId();
            loan(r, a, branch, 5);
            loan(r, o, branch, 4);
        }

        // before any rebuild of this history, none of these co-borrowings is known
        String first = job.run(0, 1);
        assertThat(first).contains("generation");
        assertThat(job.run(1, 2)).contains("nothing");
        List<Map<String, Object>> rows = similarityRows();
        assertThat(job.run(0, 1)).isNotEqualTo(first);
        assertThat(similarityRows()).as("a second run replaces the table with the same rows").isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT generation) FROM item_similarity", Integer.class))
                .as("older generations are deleted").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT similar_book_id FROM item_similarity s WHERE book_id = ? AND generation ="
                + " (SELECT MAX(id) FROM recommend_generation WHERE status = 'CURRENT') ORDER BY sim_rank", Long.class, a))
                .as("A's neighbours, best first: F (4 co-readers) before B (3) before O (2)")
                .containsSubsequence(f, b, o);

        Answer home = getJson("/api/app/home", token);
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        List<Number> recommended = home.read("$.data.recommended[*].id");
        assertThat(recommended.stream().map(Number::longValue).toList())
                .as("B and F from co-borrowing, B first since it is held at my branch; never A, E (borrowed) or O (ordered)")
                .startsWith(b, f).doesNotContain(a, e, o);
        assertThat((String) home.read("$.data.recommendedBy")).contains("借过");

        // my own recommendations only: a reader id in the request is ignored (r1 borrowed B, so theirs lack B)
        Answer mine = getJson("/api/app/recommendations?readerId=" + r1, token);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(((List<Number>) mine.read("$.data.books[*].id")).stream().map(Number::longValue).toList())
                .startsWith(b, f).doesNotContain(a, e, o);
        assertThat(getJson("/api/app/recommendations", null).status()).isEqualTo(401);

        // 借过这本书的人也借了, with availability per branch; my branch's title first
        Answer also = getJson("/api/app/books/" + a + "/also-borrowed", token);
        assertThat(also.status()).as(also.body()).isEqualTo(200);
        assertThat(((List<Number>) also.read("$.data[*].id")).stream().map(Number::longValue).toList())
                .startsWith(b).contains(f, o, e).doesNotContain(a);
        assertThat((String) also.read("$.data[0].title")).isEqualTo("球状闪电");
        assertThat(((Number) also.read("$.data[0].availableCopies")).intValue()).isEqualTo(7);
        Answer fromElsewhere = getJson("/api/app/books/" + a + "/also-borrowed?branchId=" + elsewhere, token);
        assertThat(((Number) fromElsewhere.read("$.data[0].id")).longValue()).isEqualTo(f);
        Answer missing = getJson("/api/app/books/999999999/also-borrowed", token);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo(30202);

        // a reader without history: the branch's hot books (A, the most borrowed here)
        String fresh = readerToken(unique("cold"));
        Answer cold = getJson("/api/app/home?branchId=" + branch, fresh);
        assertThat((String) cold.read("$.data.recommended[0].title")).isEqualTo("三体");
        assertThat((String) cold.read("$.data.recommendedBy")).contains("热门");
        Answer coldMine = getJson("/api/app/recommendations", fresh);
        assertThat((List<?>) coldMine.read("$.data.books")).isEmpty();
    }

    private List<Map<String, Object>> similarityRows() {
        return jdbc.queryForList("""
                SELECT book_id, sim_rank, similar_book_id, score, co_readers FROM item_similarity
                WHERE generation = (SELECT MAX(id) FROM recommend_generation WHERE status = 'CURRENT')
                ORDER BY book_id, sim_rank""");
    }

    private void loan(long reader, long book, long branch, int daysAgo) {
        given.loanBorrowedDaysAgo(reader, book, branch, daysAgo);
    }

    /** The reader put the title in their cart and submitted an order to pick it up: open (SUBMITTED, a copy held). */
    private void openOrder(String token, long book, long branch) throws Exception {
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), token);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer order = postJson("/api/app/orders", Map.of("cartItemIds", items, "fulfilment", "PICKUP"), token);
        assertThat(order.status()).as(order.body()).isEqualTo(200);
    }
}
