package com.taoshu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.catalog.BookAdminService;
import com.taoshu.catalog.BookDraft;
import com.taoshu.catalog.search.SearchIndexSync;
import com.taoshu.testsupport.ApiTestBase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Readers' search against data the test inserts itself. 红楼梦 (9787020002207) is unique in the schema, so it is inserted
 * once per test JVM and looked up by ISBN; everything else uses unique names. Rows inserted by SQL reach the search
 * index through its catch-up (run on demand before each search here, every few seconds in production); edits through
 * the librarians' service reach it through the after-commit event, and other instances' edits through the Redis topic.
 */
class CatalogSearchIT extends ApiTestBase {

    private static final String HLM = "9787020002207";

    @Autowired
    private SearchIndexSync searchIndex;
    @Autowired
    private BookAdminService bookAdmin;
    @Autowired
    private RedissonClient redisson;

    private long hongloumeng;
    private long yuelu;
    private long furong;

    @BeforeEach
    void catalog() {
        yuelu = createBranch(unique("YL"));
        furong = createBranch(unique("FR"));
        jdbc.update("""
                INSERT IGNORE INTO book (isbn, title, author, publisher, publish_year, summary, version, created_at, updated_at)
                VALUES (?, '红楼梦', '曹雪芹', '人民文学出版社', 1996, '四大家族的兴衰', 0, NOW(3), NOW(3))""", HLM);
        hongloumeng = jdbc.queryForObject("SELECT id FROM book WHERE isbn = ?", Long.class, HLM);
    }

    private long book(String title, String author, String publisher, Long categoryId) {
        String isbn = isbn();
        jdbc.update("""
                INSERT INTO book (isbn, title, author, publisher, category_id, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 0, NOW(3), NOW(3))""", isbn, title, author, publisher, categoryId);
        return jdbc.queryForObject("SELECT id FROM book WHERE isbn = ?", Long.class, isbn);
    }

    private void copies(long bookId, long branchId, String status, int n) {
        for (int i = 0; i < n; i++) {
            jdbc.update("""
                    INSERT INTO book_copy (book_id, branch_id, barcode, status, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 0, NOW(3), NOW(3))""", bookId, branchId, unique("T"), status);
        }
    }

    private static String isbn() {
        String body = "979" + String.format("%09d", (long) (Math.random() * 1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    private Answer search(String query) throws Exception {
        searchIndex.catchUpNow();
        return getJson("/api/app/books?" + query, null);
    }

    /** Searches without any catch-up: only events and messages can have told the index. */
    private Answer searchAsIs(String query) throws Exception {
        return getJson("/api/app/books?" + query, null);
    }

    /** Polls until the condition holds (or fails after the timeout): index updates arrive on another thread. */
    private static void await(Duration timeout, String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** Raw text: MockMvc encodes the URL template itself. */
    private static String q(String text) {
        return "q=" + text;
    }

    @Test
    void findsHongloumengByTitleIsbnInAnyFormAndAuthor() throws Exception {
        for (String query : List.of(q("红楼"), q(HLM), q("978-7-02-000220-7"), q("7-02-000220-X"), q("曹雪芹"))) {
            Answer answer = search(query + "&size=100");
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat((List<Integer>) answer.read("$.data.records[*].id")).as(query).contains((int) hongloumeng);
        }
        Answer byIsbn = search(q("7-02-000220-X"));
        assertThat((Integer) byIsbn.read("$.data.total")).isEqualTo(1);
        assertThat((String) byIsbn.read("$.data.records[0].title")).isEqualTo("红楼梦");
    }

    @Test
    void resultsShowAvailabilityPerBranchAndDetailToo() throws Exception {
        String word = unique("石头记");
        long book = book(word, "某编者", "某社", null);
        copies(book, yuelu, "AVAILABLE", 2);
        copies(book, yuelu, "ON_LOAN", 1);
        copies(book, furong, "HELD", 1);
        copies(book, furong, "WITHDRAWN", 3);

        Answer answer = search(q(word));
        assertThat((Integer) answer.read("$.data.total")).isEqualTo(1);
        assertThat((Integer) answer.read("$.data.records[0].totalCopies")).isEqualTo(4);
        assertThat((Integer) answer.read("$.data.records[0].availableCopies")).isEqualTo(2);
        assertThat((List<Integer>) answer.read("$.data.records[0].branches[?(@.branchId == " + yuelu + ")].availableCopies"))
                .containsExactly(2);
        assertThat((List<Integer>) answer.read("$.data.records[0].branches[?(@.branchId == " + furong + ")].totalCopies"))
                .containsExactly(1);

        Answer detail = getJson("/api/app/books/" + book, null);
        assertThat(detail.status()).isEqualTo(200);
        assertThat((List<Object>) detail.read("$.data.branches")).hasSize(2);
        assertThat((String) detail.read("$.data.branches[0].branchName")).startsWith("测试分馆");
    }

    @Test
    void ranksExactTitleThenPrefixThenContainsThenAuthorThenPublisher() throws Exception {
        String w = unique("词");
        long publisher = book("出版社命中" + unique("x"), "某人", "出版" + w + "社", null);
        long author = book("作者命中" + unique("x"), "作者" + w, "某社", null);
        long contains = book("前缀" + w + "后缀", "某人", "某社", null);
        long prefixFewer = book(w + "之一", "某人", "某社", null);
        long prefixMore = book(w + "之二", "某人", "某社", null);
        long exact = book(w, "某人", "某社", null);
        copies(prefixMore, yuelu, "AVAILABLE", 3);
        copies(prefixFewer, yuelu, "AVAILABLE", 1);

        Answer answer = search(q(w));
        assertThat((List<Integer>) answer.read("$.data.records[*].id")).containsExactly(
                (int) exact, (int) prefixMore, (int) prefixFewer, (int) contains, (int) author, (int) publisher);
    }

    @Test
    void filtersByCategoryBranchAndAvailability() throws Exception {
        String w = unique("滤");
        jdbc.update("INSERT INTO category (name, sort_order, created_at) VALUES (?, 0, NOW(3))", w);
        long categoryId = jdbc.queryForObject("SELECT id FROM category WHERE name = ?", Long.class, w);
        long inCategory = book(w + "甲", "某人", "某社", categoryId);
        long onLoanOnly = book(w + "乙", "某人", "某社", null);
        copies(inCategory, yuelu, "AVAILABLE", 1);
        copies(onLoanOnly, furong, "ON_LOAN", 1);

        assertThat((List<Integer>) search(q(w) + "&categoryId=" + categoryId).read("$.data.records[*].id"))
                .containsExactly((int) inCategory);
        assertThat((List<Integer>) search(q(w) + "&branchId=" + furong).read("$.data.records[*].id"))
                .containsExactly((int) onLoanOnly);
        assertThat((List<Integer>) search(q(w) + "&availableOnly=true").read("$.data.records[*].id"))
                .containsExactly((int) inCategory);
        assertThat((List<Integer>) search(q(w) + "&availableOnly=true&branchId=" + furong).read("$.data.records[*].id"))
                .isEmpty();
    }

    @Test
    void emptyQueryListsNewestFirstAndPagingIsValidated() throws Exception {
        long newest = book(unique("最新"), "某人", "某社", null);
        Answer answer = search("page=1&size=5");
        assertThat(answer.status()).isEqualTo(200);
        assertThat((Integer) answer.read("$.data.records[0].id")).isEqualTo((int) newest);
        assertThat((Integer) answer.read("$.data.size")).isEqualTo(5);

        Answer tooBig = search("size=101");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.code()).isEqualTo(10001);
        assertThat(tooBig.msg()).isEqualTo("每页条数不能超过100");
    }

    @Test
    void unknownTitleIs404AndNonNumericIdIs400() throws Exception {
        Answer missing = getJson("/api/app/books/999999999", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo(30202);

        Answer abc = getJson("/api/app/books/abc", null);
        assertThat(abc.status()).isEqualTo(400);
        assertThat(abc.code()).isEqualTo(10004);
    }

    @Test
    void branchesAndCategoriesArePublic() throws Exception {
        jdbc.update("UPDATE branch SET enabled = 0 WHERE id = ?", furong);
        Answer branches = getJson("/api/app/branches", null);
        assertThat(branches.status()).isEqualTo(200);
        assertThat((List<Integer>) branches.read("$.data[*].id")).contains((int) yuelu).doesNotContain((int) furong);

        Answer categories = getJson("/api/app/categories", null);
        assertThat(categories.status()).isEqualTo(200);
        assertThat(JSON.readTree(categories.body()).get("data").isArray()).isTrue();
    }

    @Test
    void findsByPinyinInitialsAndTraditionalCharactersAndHighlightsTheMatch() throws Exception {
        for (String query : List.of(q("hongloumeng"), q("hong lou meng"), q("hlm"), q("紅樓夢"))) {
            Answer answer = search(query + "&size=100");
            assertThat(answer.status()).as(query).isEqualTo(200);
            assertThat((List<Integer>) answer.read("$.data.records[*].id")).as(query).contains((int) hongloumeng);
        }
        Answer byPinyin = search(q("hongloumeng"));
        assertThat((Integer) byPinyin.read("$.data.records[0].id")).isEqualTo((int) hongloumeng);
        assertThat((String) byPinyin.read("$.data.records[0].titleHighlight")).isEqualTo("<em>红楼梦</em>");
        assertThat((String) byPinyin.read("$.data.records[0].match")).isEqualTo("TITLE_PINYIN_EXACT");
        // the title's usual fields are still there, at the top level
        assertThat((String) byPinyin.read("$.data.records[0].title")).isEqualTo("红楼梦");
        assertThat((String) byPinyin.read("$.data.records[0].isbn")).isEqualTo(HLM);

        Answer byAuthor = search(q("雪芹") + "&size=100");
        assertThat((List<String>) byAuthor.read("$.data.records[?(@.id == " + hongloumeng + ")].authorHighlight"))
                .containsExactly("曹<em>雪芹</em>");
    }

    @Test
    void amongEqualMatchesTheTitleOnTheShelfAtTheChosenBranchComesFirst() throws Exception {
        String w = unique("同");
        long atFurong = book(w + "甲", "某人", "某社", null);
        long atYuelu = book(w + "乙", "某人", "某社", null);
        copies(atFurong, furong, "AVAILABLE", 1);
        copies(atYuelu, yuelu, "AVAILABLE", 3);

        assertThat((List<Integer>) search(q(w)).read("$.data.records[*].id"))
                .containsExactly((int) atYuelu, (int) atFurong);
        assertThat((List<Integer>) search(q(w) + "&branchId=" + furong).read("$.data.records[*].id"))
                .containsExactly((int) atFurong);
        String highlight = search(q(w)).read("$.data.records[0].titleHighlight");
        assertThat(highlight).isEqualTo("<em>" + w + "</em>乙");
    }

    @Test
    void aLibrariansEditIsSearchableWithoutAnyCatchUp() throws Exception {
        String before = unique("旧书名");
        String after = unique("新书名");
        long id = book(before, "某人", "某社", null);
        searchIndex.catchUpNow();
        int version = jdbc.queryForObject("SELECT version FROM book WHERE id = ?", Integer.class, id);
        String isbn = jdbc.queryForObject("SELECT isbn FROM book WHERE id = ?", String.class, id);

        // the edit is stamped a day ago, out of the catch-up's reach: only the after-commit event can index it
        clock.advance(Duration.ofDays(-1));
        try {
            bookAdmin.update(id, new BookDraft(isbn, after, "某人", "某社", null, null, null, null, null), version);
        } finally {
            clock.reset();
        }

        await(Duration.ofSeconds(5), "the new title is found", () ->
                ((List<Integer>) searchAsIs(q(after)).read("$.data.records[*].id")).contains((int) id));
        assertThat((Integer) searchAsIs(q(before)).read("$.data.total")).isZero();
    }

    @Test
    void anotherInstancesEditArrivesThroughTheRedisTopic() throws Exception {
        String before = unique("他处旧名");
        String after = unique("他处新名");
        long id = book(before, "某人", "某社", null);
        searchIndex.catchUpNow();
        // another instance changed the row (here: by SQL, no event in this instance) and announced it; stamped a day
        // ago, out of the background catch-up's reach (every 10 s here), so only the message can index it
        jdbc.update("UPDATE book SET title = ?, updated_at = NOW(3) - INTERVAL 1 DAY WHERE id = ?", after, id);
        String schema = jdbc.queryForObject("SELECT DATABASE()", String.class);
        redisson.getTopic("taoshu:search:book-changed:" + schema, StringCodec.INSTANCE).publish("another-instance " + id);

        await(Duration.ofSeconds(5), "the other instance's edit is found", () ->
                ((List<Integer>) searchAsIs(q(after)).read("$.data.records[*].id")).contains((int) id));
    }
}
