package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 用户升级 (issue 19): a reader applies for 诚信通 through the readers' API; librarians of the reader's home branch (only
 * they) approve — the card type changes with a card-history row — or reject with a reason; the reader withdraws; two
 * librarians deciding at once: exactly one wins.
 */
class CardApplicationIT extends ApiTestBase {

    long yuelu;
    long furong;
    String libYuelu;
    String libFurong;

    @BeforeEach
    void setUp() throws Exception {
        yuelu = createBranch(unique("UY"));
        furong = createBranch(unique("UF"));
        libYuelu = signedInStaff(Role.LIBRARIAN, yuelu);
        libFurong = signedInStaff(Role.LIBRARIAN, furong);
    }

    private record Someone(String token, long id) {
    }

    private Someone reader(Long homeBranch) {
        Reader r = createReader("升级读者" + unique(""), null);
        if (homeBranch != null) {
            given.homeBranch(r.getId(), homeBranch);
        }
        return new Someone(tokenFor(r), r.getId());
    }

    private long apply(Someone who, String reason) throws Exception {
        Answer a = postJson("/api/app/card-applications", Map.of("reason", reason), who.token());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat((String) a.read("$.data.status")).isEqualTo("PENDING");
        assertThat((String) a.read("$.data.statusLabel")).isEqualTo("待审核");
        return ((Number) a.read("$.data.id")).longValue();
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM card_application WHERE id = ?", String.class, id);
    }

    private String cardType(Someone who) {
        return jdbc.queryForObject("SELECT card_type FROM reader WHERE id = ?", String.class, who.id());
    }

    private static void refused(Answer a, int status, int code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.code()).as(a.body()).isEqualTo(code);
        assertThat(a.msg()).matches(".*\\p{IsHan}.*");
    }

    @Test
    void appliedListedAtTheHomeBranchOnlyAndApprovedIntoACommunityTrustCardWithHistory() throws Exception {
        Someone alice = reader(yuelu);
        refused(postJson("/api/app/card-applications", Map.of("reason", " "), alice.token()), 400, 10001);
        assertThat(postJson("/api/app/card-applications", Map.of(), alice.token()).msg()).isEqualTo("请填写申请理由");
        refused(postJson("/api/app/card-applications", "{not json", alice.token()), 400, 10002);

        long id = apply(alice, "常来岳麓分馆借书，希望办理诚信通");
        refused(postJson("/api/app/card-applications", Map.of("reason", "再申请一次"), alice.token()), 409, 20606);
        assertThat((List<Integer>) getJson("/api/app/card-applications", alice.token()).read("$.data[*].id"))
                .containsExactly((int) id);

        // listed at the reader's home branch only; another branch neither lists nor decides it
        assertThat((List<Integer>) getJson("/api/admin/card-applications?size=100", libYuelu).read("$.data.records[*].id"))
                .contains((int) id);
        assertThat((List<Integer>) getJson("/api/admin/card-applications?size=100", libFurong).read("$.data.records[*].id"))
                .doesNotContain((int) id);
        assertThat(getJson("/api/admin/card-applications?branchId=" + yuelu, libFurong).status()).isEqualTo(403);
        refused(postJson("/api/admin/card-applications/" + id + "/approve", Map.of(), libFurong), 404, 20601);
        refused(postJson("/api/admin/card-applications/" + id + "/reject", Map.of("reason", "不是本馆读者"), libFurong), 404, 20601);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(cardType(alice)).isEqualTo("CITY_WIDE");

        Answer approved = postJson("/api/admin/card-applications/" + id + "/approve", Map.of("note", "欢迎常来"), libYuelu);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat((String) approved.read("$.data.reader.cardType")).isEqualTo("COMMUNITY_TRUST");
        assertThat(cardType(alice)).isEqualTo("COMMUNITY_TRUST");
        assertThat(jdbc.queryForList("SELECT CONCAT(action, ':', from_value, '>', to_value) FROM reader_card_history "
                + "WHERE reader_id = ?", String.class, alice.id())).containsExactly("CARD_TYPE:CITY_WIDE>COMMUNITY_TRUST");
        assertThat(jdbc.queryForList("SELECT to_status FROM card_application_history WHERE application_id = ? ORDER BY id",
                String.class, id)).containsExactly("PENDING", "APPROVED");

        Answer mine = getJson("/api/app/card-applications", alice.token());
        assertThat((String) mine.read("$.data[0].status")).isEqualTo("APPROVED");
        assertThat((String) mine.read("$.data[0].decisionNote")).isEqualTo("欢迎常来");
        assertThat((String) getJson("/api/app/me", alice.token()).read("$.data.cardTypeLabel")).isEqualTo("诚信通");
        // the reader is told in 消息中心 (and by WeChat where the template is configured)
        Answer inbox = getJson("/api/app/notices?page=1&size=20", alice.token());
        assertThat((List<String>) inbox.read("$.data.records[?(@.kind == 'CARD_APPLICATION')].body"))
                .containsExactly("您的诚信通申请：已通过。您的借阅证已升级为诚信通，借书更方便。");

        // decided is decided; an 诚信通 reader has nothing to apply for
        refused(postJson("/api/admin/card-applications/" + id + "/reject", Map.of("reason", "晚了"), libYuelu), 409, 20607);
        refused(postJson("/api/app/card-applications", Map.of("reason", "再来"), alice.token()), 409, 20602);
    }

    @Test
    void rejectedWithAReasonTheReaderSeesAndWithdrawnByItsReaderOnly() throws Exception {
        Someone bob = reader(furong);
        Someone eve = reader(furong);
        long first = apply(bob, "家就在芙蓉分馆旁边");
        refused(postJson("/api/admin/card-applications/" + first + "/reject", Map.of(), libFurong), 400, 20609);
        Answer rejected = postJson("/api/admin/card-applications/" + first + "/reject", Map.of("reason", "请先在本馆借满三次"), libFurong);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        Answer mine = getJson("/api/app/card-applications", bob.token());
        assertThat((String) mine.read("$.data[0].statusLabel")).isEqualTo("未通过");
        assertThat((String) mine.read("$.data[0].decisionNote")).isEqualTo("请先在本馆借满三次");
        assertThat((List<String>) getJson("/api/app/notices?page=1&size=20", bob.token())
                .read("$.data.records[?(@.kind == 'CARD_APPLICATION')].body"))
                .containsExactly("您的诚信通申请：未通过。原因：请先在本馆借满三次");
        assertThat(cardType(bob)).isEqualTo("CITY_WIDE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_card_history WHERE reader_id = ?", Integer.class, bob.id()))
                .isZero();

        long second = apply(bob, "已经借满三次了");
        refused(postJson("/api/app/card-applications/" + second + "/withdraw", Map.of(), eve.token()), 404, 20601);
        assertThat((List<?>) getJson("/api/app/card-applications", eve.token()).read("$.data")).isEmpty();
        assertThat(status(second)).isEqualTo("PENDING");
        Answer withdrawn = postJson("/api/app/card-applications/" + second + "/withdraw", Map.of(), bob.token());
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat((String) withdrawn.read("$.data.status")).isEqualTo("WITHDRAWN");
        assertThat(postJson("/api/app/card-applications/" + second + "/withdraw", Map.of(), bob.token()).status()).isEqualTo(200);
        refused(postJson("/api/admin/card-applications/" + second + "/approve", Map.of(), libFurong), 409, 20607);
        refused(postJson("/api/app/card-applications/" + first + "/withdraw", Map.of(), bob.token()), 409, 20607);
        assertThat(jdbc.queryForList("SELECT to_status FROM card_application_history WHERE application_id = ? ORDER BY id",
                String.class, second)).containsExactly("PENDING", "WITHDRAWN");
        assertThat((List<Integer>) getJson("/api/admin/card-applications?status=WITHDRAWN&size=100", libFurong)
                .read("$.data.records[*].id")).contains((int) second);
        refused(postJson("/api/admin/card-applications/999999999/approve", Map.of(), libFurong), 404, 20601);
    }

    @Test
    void onlyReadersWhoCouldBeApprovedMayApply() throws Exception {
        Someone homeless = reader(null);
        refused(postJson("/api/app/card-applications", Map.of("reason", "想办诚信通"), homeless.token()), 400, 20603);

        Someone suspended = reader(yuelu);
        given.suspendedCard(suspended.id());
        refused(postJson("/api/app/card-applications", Map.of("reason", "想办诚信通"), suspended.token()), 400, 20604);

        Someone late = reader(yuelu);
        given.loanDueOn(late.id(), createBook("逾期的书", yuelu, 1), yuelu, LocalDate.now(clock).minusDays(10));
        Answer overdue = postJson("/api/app/card-applications", Map.of("reason", "想办诚信通"), late.token());
        refused(overdue, 400, 20605);
        assertThat(overdue.msg()).contains("逾期");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM card_application WHERE reader_id IN (?, ?, ?)", Integer.class,
                homeless.id(), suspended.id(), late.id())).isZero();
    }

    @Test
    void twoLibrariansDecidingAtOnceOneWinsAndOneReaderApplyingTwiceAtOnceGetsOneApplication() throws Exception {
        String otherLibYuelu = signedInStaff(Role.LIBRARIAN, yuelu);
        for (int round = 0; round < 3; round++) {
            Someone carol = reader(yuelu);
            long id = apply(carol, "第" + round + "轮并发审核");
            List<Answer> answers = race(
                    () -> postJson("/api/admin/card-applications/" + id + "/approve", Map.of(), libYuelu),
                    () -> postJson("/api/admin/card-applications/" + id + "/reject", Map.of("reason", "不通过"), otherLibYuelu));
            assertThat(answers).extracting(Answer::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
            String decided = status(id);
            assertThat(decided).isIn("APPROVED", "REJECTED");
            assertThat(cardType(carol)).isEqualTo(decided.equals("APPROVED") ? "COMMUNITY_TRUST" : "CITY_WIDE");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM card_application_history WHERE application_id = ? "
                    + "AND from_status = 'PENDING'", Integer.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_card_history WHERE reader_id = ?", Integer.class,
                    carol.id())).isEqualTo(decided.equals("APPROVED") ? 1 : 0);
        }

        Someone dave = reader(yuelu);
        List<Callable<Answer>> applies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            applies.add(() -> postJson("/api/app/card-applications", Map.of("reason", "同时提交"), dave.token()));
        }
        List<Answer> answers = race(applies.toArray(Callable[]::new));
        assertThat(answers.stream().filter(a -> a.status() == 200).count()).as(answers.toString()).isEqualTo(1);
        assertThat(answers.stream().filter(a -> a.status() == 409 && a.code() == 20606).count()).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM card_application WHERE reader_id = ?", Integer.class, dave.id()))
                .isEqualTo(1);
    }

    @SafeVarargs
    private static List<Answer> race(Callable<Answer>... calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (Callable<Answer> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
