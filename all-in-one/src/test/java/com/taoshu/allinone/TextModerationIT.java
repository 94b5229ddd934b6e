package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import com.taoshu.testsupport.FakeHttpServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Issue 18 part 3: reviews, suggestions and nicknames go through WeChat's msgSecCheck v2 (fake WeChat, real JSON):
 * pass → published, review → the moderation queue (待审核, not refused), risky → refused in Chinese; when WeChat does not
 * answer, the local list decides — and "送书上门很方便" passes it.
 */
class TextModerationIT extends ApiTestBase {

    static final String PATH = "/wxa/msg_sec_check";

    /**
     * The fake answers by a marker in the text; any other text gets an HTTP 500 (WeChat unreachable for it), so other
     * test classes sharing this fake keep the local list.
     */
    @BeforeAll
    static void scriptSecurityCheck() {
        WECHAT.on(PATH, r -> {
            String suggest = r.body().contains("【通过】") ? "pass" : r.body().contains("【待审】") ? "review"
                    : r.body().contains("【违规】") ? "risky" : null;
            if (suggest == null) {
                return new FakeHttpServer.Response(500, "<html>502 Bad Gateway</html>");
            }
            return FakeHttpServer.Response.json("""
                    {"errcode":0,"errmsg":"ok","result":{"suggest":"%s","label":%d},
                     "detail":[{"strategy":"content_model","errcode":0,"suggest":"%s","label":%d,"prob":90}],
                     "trace_id":"60ae120f-371d5872-7941a05b"}""".formatted(suggest, "pass".equals(suggest) ? 100 : 20001,
                    suggest, "pass".equals(suggest) ? 100 : 20001));
        });
    }

    long branch;
    String librarian;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("MD"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
    }

    private record Someone(String token, long id, String openid) {
    }

    private Someone reader(String name) {
        Reader r = createReader(name, null);
        return new Someone(tokenFor(r), r.getId(), r.getOpenid());
    }

    private long borrowedBook(Someone reader) {
        long book = createBook(unique("审核书"), branch, 1);
        given.loanReturned(reader.id(), book, branch, 20);
        return book;
    }

    private Answer review(Someone reader, long book, String content) throws Exception {
        return postJson("/api/app/books/" + book + "/reviews", Map.of("rating", 5, "content", content), reader.token());
    }

    @Test
    void weChatsThreeOutcomesPublishHoldForReviewOrRefuseAReview() throws Exception {
        Someone reader = reader("审核读者");
        long passBook = borrowedBook(reader);
        long reviewBook = borrowedBook(reader);
        long riskyBook = borrowedBook(reader);

        Answer passed = review(reader, passBook, "【通过】故事很感人");
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);
        assertThat((String) passed.read("$.data.status")).isEqualTo("VISIBLE");
        List<FakeHttpServer.Request> checks = WECHAT.requests(PATH);
        assertThat(checks.getLast().body()).contains("\"version\":\"2\"").contains("\"scene\":2")
                .contains("\"openid\":\"" + reader.openid() + "\"");

        Answer held = review(reader, reviewBook, "【待审】这本书的观点值得商榷");
        assertThat(held.status()).as("review is not refused").isEqualTo(200);
        assertThat((String) held.read("$.data.status")).isEqualTo("PENDING");
        assertThat((String) held.read("$.data.statusLabel")).isEqualTo("待审核");
        long heldId = ((Number) held.read("$.data.id")).longValue();
        assertThat((Integer) getJson("/api/app/books/" + reviewBook + "/reviews", reader.token()).read("$.data.summary.count"))
                .as("not public until approved").isZero();
        Answer queue = getJson("/api/admin/reviews?status=PENDING", librarian);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat((List<Integer>) queue.read("$.data.records[*].id")).contains((int) heldId);
        Answer approved = postJson("/api/admin/reviews/" + heldId + "/restore", Map.of(), librarian);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat((Integer) getJson("/api/app/books/" + reviewBook + "/reviews", reader.token()).read("$.data.summary.count"))
                .isEqualTo(1);

        Answer risky = review(reader, riskyBook, "【违规】一段违规内容");
        assertThat(risky.status()).isEqualTo(400);
        assertThat(risky.code()).isEqualTo(60705);
        assertThat(risky.msg()).isEqualTo("内容包含不当用语，请修改后再提交");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_review WHERE book_id = ?", Integer.class, riskyBook)).isZero();
    }

    @Test
    void anEditIntoTextToReviewLeavesThePublicListUntilApproved() throws Exception {
        Someone reader = reader("改评读者");
        long book = borrowedBook(reader);
        long id = ((Number) review(reader, book, "【通过】好书").read("$.data.id")).longValue();
        Answer edited = call(put("/api/app/reviews/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("rating", 3, "content", "【待审】改过的内容"))), reader.token());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat((String) edited.read("$.data.status")).isEqualTo("PENDING");
    }

    @Test
    void suggestionsAndNicknamesAreRefusedWhenRiskyAndAcceptedOtherwise() throws Exception {
        Someone reader = reader("建议读者");
        Answer risky = postJson("/api/app/suggestions", Map.of("category", "SERVICE", "content", "【违规】建议内容"), reader.token());
        assertThat(risky.status()).isEqualTo(400);
        assertThat(risky.code()).isEqualTo(60809);
        Answer toReview = postJson("/api/app/suggestions", Map.of("category", "SERVICE", "content", "【待审】希望延长开放时间"),
                reader.token());
        assertThat(toReview.status()).as("librarians read every suggestion: accepted").isEqualTo(200);
        assertThat(WECHAT.requests(PATH).getLast().body()).contains("\"scene\":3");

        Answer badName = call(put("/api/app/me").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"【违规】昵称\"}"), reader.token());
        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.code()).isEqualTo(20210);
        assertThat(badName.msg()).isEqualTo("昵称包含不当用语，请换一个");
        Answer goodName = call(put("/api/app/me").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"【通过】小王\"}"), reader.token());
        assertThat(goodName.status()).as(goodName.body()).isEqualTo(200);
        assertThat(WECHAT.requests(PATH).getLast().body()).contains("\"scene\":1");
    }

    @Test
    void whenWeChatDoesNotAnswerTheLocalListDecidesAndOrdinarySentencesPass() throws Exception {
        Someone reader = reader("本地读者");
        Answer ordinary = review(reader, borrowedBook(reader), "送书上门很方便");
        assertThat(ordinary.status()).as(ordinary.body()).isEqualTo(200);
        assertThat((String) ordinary.read("$.data.status")).isEqualTo("VISIBLE");
        Answer suggestion = postJson("/api/app/suggestions",
                Map.of("category", "SERVICE", "content", "上门服务的配送员很准时，书也包得很好"), reader.token());
        assertThat(suggestion.status()).as(suggestion.body()).isEqualTo(200);
        Answer abusive = review(reader, borrowedBook(reader), "写得像个傻逼一样");
        assertThat(abusive.status()).isEqualTo(400);
        assertThat(abusive.code()).isEqualTo(60705);
    }
}
