package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Reviews (书评): only after a loan, one per reader and title, editable by the author alone, hidden by a librarian. */
class BookReviewIT extends ApiTestBase {

    long branch;
    String librarian;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("RV"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
    }

    private record Someone(String token, long id) {
    }

    private Someone reader(String name) {
        Reader r = createReader(name, null);
        return new Someone(tokenFor(r), r.getId());
    }

    /** The reader borrowed the title and brought it back: any loan counts as "has borrowed". */
    private void borrowed(long book, Someone reader) {
        given.loanReturned(reader.id(), book, branch, 20);
    }

    private Answer write(Someone reader, long book, Object body) throws Exception {
        return postJson("/api/app/books/" + book + "/reviews", body, reader.token());
    }

    private Answer edit(Someone reader, long review, Object body) throws Exception {
        return call(put("/api/app/reviews/" + review).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)), reader.token());
    }

    private long id(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return ((Number) a.read("$.data.id")).longValue();
    }

    @Test
    void onlyAfterALoanOncePerTitleEditableByTheAuthorAndHiddenFromThePublic() throws Exception {
        long book = createBook("书评测试书", branch, 1);
        Someone alice = reader("李爱丽");
        Someone bob = reader("王博");
        Someone carol = reader("张卡萝");

        Answer notBorrowed = write(alice, book, Map.of("rating", 4, "content", "还没借过"));
        assertThat(notBorrowed.status()).isEqualTo(403);
        assertThat(notBorrowed.code()).isEqualTo(60702);
        assertThat(notBorrowed.msg()).isEqualTo("借阅过这本书后才能发表书评");

        borrowed(book, alice);
        borrowed(book, carol);
        Answer badRating = write(alice, book, Map.of("rating", 6));
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.msg()).contains("评分应为1到5星");
        long aliceReview = id(write(alice, book, Map.of("rating", 4, "content", "  故事很感人，推荐给孩子们  ")));
        assertThat(jdbc.queryForObject("SELECT content FROM book_review WHERE id = ?", String.class, aliceReview))
                .isEqualTo("故事很感人，推荐给孩子们");
        Answer again = write(alice, book, Map.of("rating", 5, "content", "再评一次"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(60703);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_review WHERE reader_id = ? AND book_id = ?", Integer.class,
                alice.id(), book)).isEqualTo(1);

        // a word of the filter's dictionary is refused without being echoed
        Answer rude = write(carol, book, Map.of("rating", 1, "content", "写得像个傻逼一样"));
        assertThat(rude.status()).isEqualTo(400);
        assertThat(rude.code()).isEqualTo(60705);
        assertThat(rude.msg()).contains("不当用语").doesNotContain("傻逼");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_review WHERE reader_id = ?", Integer.class, carol.id())).isZero();
        long carolReview = id(write(carol, book, Map.of("rating", 5)));

        // someone else's review: no edit, nothing in their "my comments"
        Answer foreign = edit(bob, aliceReview, Map.of("rating", 1, "content", "改别人的"));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.code()).isEqualTo(60706);
        assertThat(edit(bob, 999_999_999L, Map.of("rating", 1)).status()).isEqualTo(404);
        assertThat((List<?>) getJson("/api/app/me/reviews", bob.token()).read("$.data.records")).isEmpty();
        assertThat(edit(alice, aliceReview, Map.of("rating", 2, "content", "重读后觉得一般")).status()).isEqualTo(200);
        Answer rudeEdit = edit(alice, aliceReview, Map.of("rating", 2, "content", "傻逼"));
        assertThat(rudeEdit.code()).isEqualTo(60705);
        assertThat(jdbc.queryForObject("SELECT rating FROM book_review WHERE id = ?", Integer.class, aliceReview)).isEqualTo(2);

        Answer publicList = getJson("/api/app/books/" + book + "/reviews", null);
        assertThat(publicList.status()).as(publicList.body()).isEqualTo(200);
        assertThat((Integer) publicList.read("$.data.summary.count")).isEqualTo(2);
        assertThat(((Number) publicList.read("$.data.summary.average")).doubleValue()).isEqualTo(3.5);
        assertThat((String) publicList.read("$.data.page.records[1].content")).isEqualTo("重读后觉得一般");
        assertThat((String) publicList.read("$.data.page.records[1].readerName")).doesNotContain("爱丽");

        // the librarian hides Carol's: gone from the list and the average, still Carol's own, marked hidden
        Answer noReason = postJson("/api/admin/reviews/" + carolReview + "/hide", Map.of("reason", ""), librarian);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.msg()).contains("请填写隐藏原因");
        Answer hidden = postJson("/api/admin/reviews/" + carolReview + "/hide", Map.of("reason", "与本书无关的广告"), librarian);
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat((String) hidden.read("$.data.review.status")).isEqualTo("HIDDEN");
        publicList = getJson("/api/app/books/" + book + "/reviews", null);
        assertThat((Integer) publicList.read("$.data.summary.count")).isEqualTo(1);
        assertThat(((Number) publicList.read("$.data.summary.average")).doubleValue()).isEqualTo(2.0);
        assertThat((List<?>) publicList.read("$.data.page.records")).hasSize(1);
        Answer carolsOwn = getJson("/api/app/me/reviews", carol.token());
        assertThat((String) carolsOwn.read("$.data.records[0].status")).isEqualTo("HIDDEN");
        assertThat((String) carolsOwn.read("$.data.records[0].hiddenReason")).isEqualTo("与本书无关的广告");
        assertThat((Integer) getJson("/api/admin/reviews?status=HIDDEN&bookId=" + book, librarian).read("$.data.total")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT to_status FROM book_review_history WHERE review_id = ? ORDER BY id", String.class,
                carolReview)).containsExactly("VISIBLE", "HIDDEN");
        assertThat(jdbc.queryForObject("SELECT actor_type FROM book_review_history WHERE review_id = ? AND to_status = 'HIDDEN'",
                String.class, carolReview)).isEqualTo("LIBRARIAN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_review_history WHERE review_id = ?", Integer.class, aliceReview))
                .as("written and edited once").isEqualTo(2);

        assertThat(postJson("/api/admin/reviews/" + carolReview + "/restore", Map.of(), librarian).status()).isEqualTo(200);
        assertThat((Integer) getJson("/api/app/books/" + book + "/reviews", null).read("$.data.summary.count")).isEqualTo(2);
        assertThat(getJson("/api/app/books/999999999/reviews", null).status()).isEqualTo(404);
    }
}
