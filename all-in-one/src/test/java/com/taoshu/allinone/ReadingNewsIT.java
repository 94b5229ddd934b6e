package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Reading news (sanitised HTML, branch or all, publish/unpublish) and activities that never overbook. */
class ReadingNewsIT extends ApiTestBase {

    long branch;
    long otherBranch;
    String librarian;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("NW"));
        otherBranch = createBranch(unique("NW"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        admin = signedInStaff(Role.ADMIN, null);
    }

    private String readerToken() {
        Reader r = createReader("读者" + unique(""), null);
        return tokenFor(r);
    }

    private long id(Answer a) {
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return ((Number) a.read("$.data.id")).longValue();
    }

    private Map<String, Object> news(String title, Long branchId, String body) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", title);
        m.put("coverUrl", "https://img.example.com/cover.jpg");
        m.put("bodyHtml", body);
        m.put("branchId", branchId);
        return m;
    }

    @Test
    void newsIsSanitisedAndReadersSeeOnlyPublishedNewsOfTheirBranchAndAll() throws Exception {
        String body = "<h2>世界读书日</h2><p onclick=\"steal()\">欢迎<b>来馆</b>参加</p><script>alert('x')</script>"
                + "<a href=\"javascript:alert(1)\">点我</a><img src=\"https://img.example.com/a.png\" onerror=\"x()\">";
        long mine = id(postJson("/api/admin/news", news("读书日活动", branch, body), librarian));
        String stored = jdbc.queryForObject("SELECT body_html FROM reading_news WHERE id = ?", String.class, mine);
        assertThat(stored).doesNotContainIgnoringCase("script").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("javascript:").doesNotContain("alert").doesNotContain("steal")
                .contains("<h2>世界读书日</h2>", "<p>欢迎<b>来馆</b>参加</p>", "<img src=\"https://img.example.com/a.png\">");
        Answer onlyScript = postJson("/api/admin/news", news("空的", branch, "<script>alert(1)</script>"), librarian);
        assertThat(onlyScript.status()).isEqualTo(400);
        assertThat(onlyScript.code()).isEqualTo(60902);
        Answer elsewhere = postJson("/api/admin/news", news("别的分馆", otherBranch, "<p>不是我的分馆</p>"), librarian);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.msg()).isEqualTo("只能管理本分馆的资讯和活动");
        long forAll = id(postJson("/api/admin/news", news("全馆通知", null, "<p>所有分馆</p>"), admin));
        long other = id(postJson("/api/admin/news", news("别馆资讯", otherBranch, "<p>仅别馆</p>"), admin));

        String reader = readerToken();
        Answer draft = getJson("/api/app/news/" + mine, reader);
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.code()).isEqualTo(60901);
        for (long id : List.of(mine, forAll, other)) {
            assertThat(postJson("/api/admin/news/" + id + "/publish", Map.of(), admin).status()).isEqualTo(200);
        }
        Answer list = getJson("/api/app/news?branchId=" + branch + "&size=100", reader);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Integer> ids = list.read("$.data.records[*].id");
        assertThat(ids).contains((int) mine, (int) forAll).doesNotContain((int) other);
        Answer read = getJson("/api/app/news/" + mine, reader);
        assertThat((String) read.read("$.data.bodyHtml")).isEqualTo(stored);

        // edits are sanitised too; unpublished news disappears for readers
        Map<String, Object> edit = news("读书日活动（更新）", branch, "<p style=\"color:red\" onmouseover=\"x()\">改期</p><iframe src=\"https://evil\"></iframe>");
        Answer edited = call(put("/api/admin/news/" + mine).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(edit)), librarian);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat((String) edited.read("$.data.bodyHtml")).isEqualTo("<p>改期</p>");
        assertThat(postJson("/api/admin/news/" + mine + "/unpublish", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(getJson("/api/app/news/" + mine, reader).status()).isEqualTo(404);
        assertThat((List<Integer>) getJson("/api/app/news?branchId=" + branch + "&size=100", reader).read("$.data.records[*].id"))
                .doesNotContain((int) mine).contains((int) forAll);
    }

    private Map<String, Object> activity(int capacity) {
        LocalDateTime start = LocalDateTime.now(clock).plusDays(3).withHour(10).withMinute(0).withSecond(0).withNano(0);
        Map<String, Object> m = new HashMap<>();
        m.put("branchId", branch);
        m.put("title", "亲子共读：小王子");
        m.put("description", "适合5-8岁儿童及家长");
        m.put("place", "二楼少儿阅览室");
        m.put("startsAt", start.toString());
        m.put("endsAt", start.plusHours(2).toString());
        m.put("capacity", capacity);
        return m;
    }

    @Test
    void fiftyConcurrentSignUpsForTenPlacesTakeExactlyTen() throws Exception {
        long activityId = id(postJson("/api/admin/activities", activity(10), librarian));
        List<String> readers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            readers.add(readerToken());
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (String token : readers) {
            answers.add(pool.submit(() -> {
                go.await();
                return postJson("/api/app/activities/" + activityId + "/signups", Map.of(), token);
            }));
        }
        go.countDown();
        List<Answer> done = new ArrayList<>();
        for (Future<Answer> f : answers) {
            done.add(f.get());
        }
        pool.shutdown();
        assertThat(done.stream().filter(a -> a.status() == 200)).hasSize(10);
        assertThat(done.stream().filter(a -> a.status() != 200)).hasSize(40)
                .allSatisfy(a -> assertThat(a.code()).as(a.body()).isEqualTo(60952));
        assertThat(done.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().msg()).isEqualTo("活动名额已满");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_signup WHERE activity_id = ? AND status = 'SIGNED_UP'",
                Integer.class, activityId)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT signed_up FROM reading_activity WHERE id = ?", Integer.class, activityId)).isEqualTo(10);
        assertThat((Integer) getJson("/api/admin/activities/" + activityId + "/signups", librarian).read("$.data.total")).isEqualTo(10);
    }

    @Test
    void oneSignUpPerReaderCancelGivesThePlaceBackAndNobodyTouchesAnothersSignUp() throws Exception {
        long activityId = id(postJson("/api/admin/activities", activity(1), librarian));
        String alice = readerToken();
        String bob = readerToken();
        long signup = id(postJson("/api/app/activities/" + activityId + "/signups", Map.of(), alice));
        Answer twice = postJson("/api/app/activities/" + activityId + "/signups", Map.of(), alice);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.msg()).isEqualTo("你已报名这个活动");
        assertThat(postJson("/api/app/activities/" + activityId + "/signups", Map.of(), bob).code()).isEqualTo(60952);

        Answer peek = getJson("/api/app/activity-signups/" + signup, bob);
        assertThat(peek.status()).isEqualTo(404);
        assertThat(peek.code()).isEqualTo(60955);
        assertThat(postJson("/api/app/activity-signups/" + signup + "/cancel", Map.of(), bob).status()).isEqualTo(404);
        assertThat((List<?>) getJson("/api/app/me/activity-signups", bob).read("$.data.records")).isEmpty();
        assertThat(jdbc.queryForObject("SELECT status FROM activity_signup WHERE id = ?", String.class, signup)).isEqualTo("SIGNED_UP");

        Answer mine = getJson("/api/app/me/activity-signups", alice);
        assertThat((String) mine.read("$.data.records[0].activity.place")).isEqualTo("二楼少儿阅览室");
        assertThat(postJson("/api/app/activity-signups/" + signup + "/cancel", Map.of(), alice).status()).isEqualTo(200);
        assertThat(postJson("/api/app/activity-signups/" + signup + "/cancel", Map.of(), alice).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT signed_up FROM reading_activity WHERE id = ?", Integer.class, activityId)).isZero();
        assertThat(postJson("/api/app/activities/" + activityId + "/signups", Map.of(), bob).status()).isEqualTo(200);
        Answer full = postJson("/api/app/activities/" + activityId + "/signups", Map.of(), alice);
        assertThat(full.code()).isEqualTo(60952);

        // the capacity is never edited below the places taken; after the start nobody signs up or cancels
        Map<String, Object> shrink = activity(0);
        Answer zero = call(put("/api/admin/activities/" + activityId).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(shrink)), librarian);
        assertThat(zero.status()).isEqualTo(400);
        Map<String, Object> two = activity(2);
        Answer grown = call(put("/api/admin/activities/" + activityId).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(two)), librarian);
        assertThat(grown.status()).as(grown.body()).isEqualTo(200);
        assertThat((Integer) grown.read("$.data.placesLeft")).isEqualTo(1);
        assertThat(postJson("/api/app/activities/" + activityId + "/signups", Map.of(), alice).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM activity_signup WHERE activity_id = ? AND reader_id IN "
                + "(SELECT reader_id FROM activity_signup WHERE id = ?)", Integer.class, activityId, signup))
                .as("reactivated, not duplicated").isEqualTo(1);
        assertThat((List<Integer>) getJson("/api/app/activities?branchId=" + branch, alice).read("$.data.records[*].id"))
                .contains((int) activityId);
    }

    @Test
    void anActivitysTimesAsTheApiWritesThemAreTakenBackOnEdit() throws Exception {
        Answer created = postJson("/api/admin/activities", activity(5), librarian);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long activityId = id(created);
        Answer read = getJson("/api/admin/activities/" + activityId, librarian);
        String startsAt = read.read("$.data.startsAt");
        String endsAt = read.read("$.data.endsAt");
        assertThat(startsAt).endsWith("+08:00");

        // the offset form, as read, goes back unchanged
        Map<String, Object> edit = activity(6);
        edit.put("startsAt", startsAt);
        edit.put("endsAt", endsAt);
        edit.put("version", read.read("$.data.version"));
        Answer edited = call(put("/api/admin/activities/" + activityId).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(edit)), librarian);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat((String) edited.read("$.data.startsAt")).isEqualTo(startsAt);
        assertThat((String) edited.read("$.data.endsAt")).isEqualTo(endsAt);

        // another offset is the same instant in the library's time
        LocalDateTime local = OffsetDateTime.parse(startsAt).toLocalDateTime();
        Map<String, Object> utc = activity(6);
        utc.put("startsAt", OffsetDateTime.parse(startsAt).withOffsetSameInstant(ZoneOffset.UTC).toString());
        Answer fromUtc = postJson("/api/admin/activities", utc, librarian);
        assertThat(fromUtc.status()).as(fromUtc.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT starts_at FROM reading_activity WHERE id = ?", LocalDateTime.class, id(fromUtc)))
                .isEqualTo(local);

        Map<String, Object> nonsense = activity(6);
        nonsense.put("startsAt", "下周六上午");
        Answer refused = postJson("/api/admin/activities", nonsense, librarian);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.msg()).doesNotContain("startsAt");
    }
}
