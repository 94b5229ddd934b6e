package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Two branches, 岳麓 and 芙蓉, a librarian of each and an ADMIN: a librarian works on their own branch's records only
 * (BranchScope). A list asking for the other branch is 403 and without a branch shows the librarian's own; a record of
 * the other branch is 404 as if absent and stays as it was; the own branch's librarian and the ADMIN get on with it.
 */
class BranchScopeIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    long yuelu;
    long furong;
    long libYueluId;
    String libYuelu;
    String libFurong;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        // 08:00 in Changsha: today's 10:00 delivery slot is still open for booking
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(8, 0)).atZone(SHANGHAI).toInstant());
        yuelu = createBranch(unique("YL"));
        furong = createBranch(unique("FR"));
        slotTemplates(furong, 10, "10:00-12:00");
        String a = unique("lib");
        libYueluId = createStaff(Role.LIBRARIAN, a, null, "secret-123", yuelu).getId();
        libYuelu = staffToken("/api/admin", Map.of("username", a, "password", "secret-123"));
        libFurong = signedInStaff(Role.LIBRARIAN, furong);
        admin = signedInStaff(Role.ADMIN, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Reader reader(String name, Long homeBranch) {
        Reader r = createReader(name, null);
        if (homeBranch != null) {
            given.homeBranch(r.getId(), homeBranch);
        }
        return r;
    }

    private long submitted(Reader reader, long book, long branch, Map<String, Object> extra) throws Exception {
        String token = tokenFor(reader);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), token);
        assertThat(cart.status()).as(cart.body()).isEqualTo(200);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Map<String, Object> body = new HashMap<>(extra);
        body.put("cartItemIds", List.of(items.getFirst()));
        body.putIfAbsent("fulfilment", "PICKUP");
        Answer placed = postJson("/api/app/orders", body, token);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        return ((Number) placed.read("$.data.order.id")).longValue();
    }

    private long submitted(Reader reader, long book, long branch) throws Exception {
        return submitted(reader, book, branch, Map.of());
    }

    private Answer putJson(String path, Object body, String token) throws Exception {
        return call(put(path).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)), token);
    }

    private Map<String, Object> row(String table, long id) {
        return jdbc.queryForMap("SELECT * FROM " + table + " WHERE id = ?", id);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static void notFound(Answer answer, int code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo(code);
    }

    private static void forbidden(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo(10103);
        assertThat(answer.msg()).isEqualTo("馆员只能查看和处理本馆的数据");
    }

    private static void ok(Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private static List<Integer> ids(Answer answer) {
        ok(answer);
        return answer.read("$.data.records[*].id");
    }

    // ---------------------------------------------------------------------------------------------- orders, shelf, loans

    @Test
    void ordersHoldingShelfAndLoansOfTheOtherBranchAreNotTheLibrariansToTouch() throws Exception {
        Reader atFurong = reader("芙蓉读者", furong);
        long book = createBook("芙蓉馆的书", furong, 3);
        long approved = submitted(atFurong, book, furong);
        long rejected = submitted(atFurong, book, furong);
        long own = submitted(reader("岳麓读者", yuelu), createBook("岳麓馆的书", yuelu, 1), yuelu);

        // lists: another branch 403, none = the librarian's own
        forbidden(getJson("/api/admin/orders?branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/orders?size=100", libYuelu))).contains((int) own)
                .doesNotContain((int) approved, (int) rejected);
        assertThat(ids(getJson("/api/admin/orders?size=100", libFurong))).contains((int) approved, (int) rejected)
                .doesNotContain((int) own);
        assertThat(ids(getJson("/api/admin/orders?size=100&branchId=" + furong, admin))).contains((int) approved, (int) rejected);

        // a single order of the other branch: 404 for every action, and nothing changes
        Map<String, Object> before = row("borrow_order", approved);
        int history = count("SELECT COUNT(*) FROM order_history WHERE order_id = ?", approved);
        notFound(getJson("/api/admin/orders/" + approved, libYuelu), 40201);
        notFound(postJson("/api/admin/orders/" + approved + "/approve", Map.of(), libYuelu), 40201);
        notFound(postJson("/api/admin/orders/" + approved + "/reject", Map.of("reason", "不是本馆的"), libYuelu), 40201);
        notFound(postJson("/api/admin/orders/" + approved + "/pickup", Map.of(), libYuelu), 40201);
        assertThat(row("borrow_order", approved)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM order_history WHERE order_id = ?", approved)).isEqualTo(history);
        assertThat(count("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD'", book)).isEqualTo(2);

        // the own branch's librarian and the ADMIN decide
        ok(postJson("/api/admin/orders/" + approved + "/approve", Map.of(), libFurong));
        ok(postJson("/api/admin/orders/" + rejected + "/reject", Map.of("reason", "读者要求"), admin));
        ok(postJson("/api/admin/orders/" + own + "/approve", Map.of(), libYuelu));
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, approved))
                .isEqualTo("READY_FOR_PICKUP");
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, rejected)).isEqualTo("REJECTED");

        // the holding shelf
        forbidden(getJson("/api/admin/holding-shelf?branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/holding-shelf?size=100", libYuelu))).contains((int) own).doesNotContain((int) approved);
        assertThat(ids(getJson("/api/admin/holding-shelf?size=100", libFurong))).contains((int) approved).doesNotContain((int) own);
        before = row("borrow_order", approved);
        notFound(postJson("/api/admin/orders/" + approved + "/pickup", Map.of(), libYuelu), 40201);
        assertThat(row("borrow_order", approved)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM loan WHERE reader_id = ?", atFurong.getId())).isZero();
        ok(postJson("/api/admin/orders/" + approved + "/pickup", Map.of(), admin));

        // the loan it started is 芙蓉's: returned there, listed there
        long loan = jdbc.queryForObject("SELECT id FROM loan WHERE reader_id = ? AND status = 'ACTIVE'", Long.class, atFurong.getId());
        String readerLoans = "/api/admin/readers/" + atFurong.getId() + "/loans";
        assertThat((Integer) getJson(readerLoans, libYuelu).read("$.data.total")).as("lent elsewhere").isZero();
        assertThat((Integer) getJson(readerLoans, libFurong).read("$.data.total")).isEqualTo(1);
        assertThat((Integer) getJson(readerLoans, admin).read("$.data.total")).isEqualTo(1);
        Map<String, Object> loanBefore = row("loan", loan);
        notFound(postJson("/api/admin/loans/" + loan + "/return", Map.of(), libYuelu), 40301);
        notFound(postJson("/api/admin/loans/" + loan + "/loss", Map.of("outcome", "LOST"), libYuelu), 40301);
        assertThat(row("loan", loan)).isEqualTo(loanBefore);
        ok(postJson("/api/admin/loans/" + loan + "/return", Map.of(), libFurong));
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, loan)).isEqualTo("RETURNED");
    }

    // ---------------------------------------------------------------------------------------------- copies

    @Test
    void copiesOfTheOtherBranchAreNeitherListedNorChanged() throws Exception {
        long book = createBook("两馆都有", yuelu, 1);
        addCopies(book, furong, 2);
        long ownCopy = jdbc.queryForObject("SELECT id FROM book_copy WHERE book_id = ? AND branch_id = ?", Long.class, book, yuelu);
        long theirs = jdbc.queryForObject("SELECT MIN(id) FROM book_copy WHERE book_id = ? AND branch_id = ?", Long.class, book, furong);

        forbidden(getJson("/api/admin/copies?branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/copies?bookId=" + book, libYuelu))).containsExactly((int) ownCopy);
        assertThat(ids(getJson("/api/admin/copies?bookId=" + book, admin))).hasSize(3);

        Map<String, Object> before = row("book_copy", theirs);
        notFound(putJson("/api/admin/copies/" + theirs + "/status", Map.of("status", "DAMAGED"), libYuelu), 30301);
        notFound(putJson("/api/admin/copies/" + theirs + "/shelf-location", Map.of("shelfLocation", "A-01"), libYuelu), 30301);
        notFound(postJson("/api/admin/copies/" + theirs + "/transfer", Map.of("toBranchId", yuelu), libYuelu), 30301);
        assertThat(row("book_copy", theirs)).isEqualTo(before);
        forbidden(postJson("/api/admin/books/" + book + "/copies", Map.of("branchId", furong, "count", 1), libYuelu));
        assertThat(count("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND branch_id = ?", book, furong)).isEqualTo(2);

        ok(putJson("/api/admin/copies/" + theirs + "/status", Map.of("status", "DAMAGED"), libFurong));
        ok(putJson("/api/admin/copies/" + theirs + "/shelf-location", Map.of("shelfLocation", "F-02"), admin));
        ok(postJson("/api/admin/books/" + book + "/copies", Map.of("branchId", yuelu, "count", 1), libYuelu));
        // the sending branch decides a transfer: its own copy may go anywhere
        ok(postJson("/api/admin/copies/" + ownCopy + "/transfer", Map.of("toBranchId", furong), libYuelu));
        assertThat(row("book_copy", theirs)).containsEntry("status", "DAMAGED").containsEntry("shelf_location", "F-02");
        assertThat(jdbc.queryForObject("SELECT branch_id FROM book_copy WHERE id = ?", Long.class, ownCopy)).isEqualTo(furong);
    }

    // ---------------------------------------------------------------------------------------------- readers

    @Test
    void aReaderIsTheirHomeBranchsToChangeAndEveryDesksUntilTheyChooseOne() throws Exception {
        String tag = unique("");
        Reader theirs = reader("芙蓉张" + tag, furong);
        Reader mine = reader("岳麓李" + tag, yuelu);
        Reader undecided = reader("未选馆王" + tag, null);

        forbidden(getJson("/api/admin/readers?branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/readers?q=" + tag, libYuelu)))
                .containsExactlyInAnyOrder(mine.getId().intValue(), undecided.getId().intValue());
        assertThat(ids(getJson("/api/admin/readers?q=" + tag, admin))).hasSize(3);
        assertThat(ids(getJson("/api/admin/readers?q=" + tag + "&branchId=" + furong, admin))).containsExactly(theirs.getId().intValue());

        Map<String, Object> before = row("reader", theirs.getId());
        String path = "/api/admin/readers/" + theirs.getId();
        notFound(getJson(path, libYuelu), 20201);
        notFound(postJson(path + "/suspend", Map.of("reason", "逾期"), libYuelu), 20201);
        notFound(postJson(path + "/restore", Map.of("reason", "已还"), libYuelu), 20201);
        notFound(postJson(path + "/card-type", Map.of("cardType", "COMMUNITY_TRUST", "homeBranchId", yuelu), libYuelu), 20201);
        notFound(putJson(path + "/home-branch", Map.of("branchId", yuelu), libYuelu), 20201);
        assertThat(row("reader", theirs.getId())).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM reader_card_history WHERE reader_id = ?", theirs.getId())).isZero();

        ok(postJson(path + "/suspend", Map.of("reason", "逾期"), libFurong));
        ok(postJson(path + "/restore", Map.of("reason", "已还"), admin));
        ok(postJson("/api/admin/readers/" + mine.getId() + "/suspend", Map.of("reason", "逾期"), libYuelu));
        ok(postJson("/api/admin/readers/" + undecided.getId() + "/suspend", Map.of("reason", "逾期"), libYuelu));
        assertThat(jdbc.queryForObject("SELECT card_status FROM reader WHERE id = ?", String.class, undecided.getId()))
                .isEqualTo("SUSPENDED");

        // the reader moves house: their branch hands them over, recorded
        Answer moved = putJson(path + "/home-branch", Map.of("branchId", yuelu, "reason", "搬家到岳麓区"), libFurong);
        ok(moved);
        assertThat(((Number) moved.read("$.data.homeBranchId")).longValue()).isEqualTo(yuelu);
        assertThat(jdbc.queryForMap("SELECT action, from_value, to_value, reason, actor_type FROM reader_card_history "
                        + "WHERE reader_id = ? ORDER BY id DESC LIMIT 1", theirs.getId()))
                .containsEntry("action", "HOME_BRANCH").containsEntry("from_value", String.valueOf(furong))
                .containsEntry("to_value", String.valueOf(yuelu)).containsEntry("reason", "搬家到岳麓区")
                .containsEntry("actor_type", "LIBRARIAN");
        ok(getJson(path, libYuelu));
        notFound(getJson(path, libFurong), 20201);
        Answer again = putJson(path + "/home-branch", Map.of("branchId", yuelu), admin);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo(20209);
    }

    @Test
    void aCommunityTrustReaderCannotMoveTheirOwnHomeBranchAndACityWideReaderCan() throws Exception {
        Reader trust = reader("诚信通读者", yuelu);
        jdbc.update("UPDATE reader SET card_type = 'COMMUNITY_TRUST' WHERE id = ?", trust.getId());
        Reader cityWide = reader("全城通读者", yuelu);

        Answer refused = putJson("/api/app/me", Map.of("homeBranchId", furong), tokenFor(trust));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo(20208);
        assertThat(refused.msg()).isEqualTo("诚信通借阅证只能在所属分馆借阅，更换所属分馆请到馆由馆员办理");
        assertThat(jdbc.queryForObject("SELECT home_branch_id FROM reader WHERE id = ?", Long.class, trust.getId())).isEqualTo(yuelu);
        ok(putJson("/api/app/me", Map.of("name", "诚信通读者改名", "homeBranchId", yuelu), tokenFor(trust)));

        ok(putJson("/api/app/me", Map.of("homeBranchId", furong), tokenFor(cityWide)));
        assertThat(jdbc.queryForObject("SELECT home_branch_id FROM reader WHERE id = ?", Long.class, cityWide.getId())).isEqualTo(furong);

        // at the desk: the librarian of the reader's branch, not another one
        notFound(putJson("/api/admin/readers/" + trust.getId() + "/home-branch", Map.of("branchId", furong), libFurong), 20201);
        assertThat(jdbc.queryForObject("SELECT home_branch_id FROM reader WHERE id = ?", Long.class, trust.getId())).isEqualTo(yuelu);
        ok(putJson("/api/admin/readers/" + trust.getId() + "/home-branch", Map.of("branchId", furong, "reason", "搬家"), libYuelu));
        assertThat(jdbc.queryForObject("SELECT home_branch_id FROM reader WHERE id = ?", Long.class, trust.getId())).isEqualTo(furong);
        assertThat(jdbc.queryForMap("SELECT action, actor_type, actor_id FROM reader_card_history WHERE reader_id = ?", trust.getId()))
                .containsEntry("action", "HOME_BRANCH").containsEntry("actor_type", "LIBRARIAN").containsEntry("actor_id", libYueluId);
    }

    // ---------------------------------------------------------------------------------------------- delivery

    @Test
    void deliveryApplicationsAreDecidedAtTheReadersHomeBranch() throws Exception {
        Reader theirs = reader("芙蓉申请人", furong);
        Reader mine = reader("岳麓申请人", yuelu);
        long theirApplication = ((Number) postJson("/api/app/delivery/applications", Map.of("reason", "ELDERLY"), tokenFor(theirs))
                .read("$.data.id")).longValue();
        long myApplication = ((Number) postJson("/api/app/delivery/applications", Map.of("reason", "BUSY"), tokenFor(mine))
                .read("$.data.id")).longValue();

        forbidden(getJson("/api/admin/delivery/applications?branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/delivery/applications?size=100", libYuelu))).contains((int) myApplication)
                .doesNotContain((int) theirApplication);
        assertThat(ids(getJson("/api/admin/delivery/applications?size=100", libFurong))).contains((int) theirApplication)
                .doesNotContain((int) myApplication);

        Map<String, Object> before = row("delivery_application", theirApplication);
        notFound(postJson("/api/admin/delivery/applications/" + theirApplication + "/approve", Map.of(), libYuelu), 50103);
        notFound(postJson("/api/admin/delivery/applications/" + theirApplication + "/reject", Map.of(), libYuelu), 50103);
        assertThat(row("delivery_application", theirApplication)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT delivery_eligibility FROM reader WHERE id = ?", String.class, theirs.getId()))
                .isEqualTo("PENDING");

        ok(postJson("/api/admin/delivery/applications/" + theirApplication + "/approve", Map.of(), libFurong));
        ok(postJson("/api/admin/delivery/applications/" + myApplication + "/reject", Map.of("note", "请到馆"), admin));
        assertThat(jdbc.queryForObject("SELECT delivery_eligibility FROM reader WHERE id = ?", String.class, theirs.getId()))
                .isEqualTo("APPROVED");
        // each reader is told the decision in 消息中心, once
        assertThat(jdbc.queryForList("SELECT body FROM notice WHERE reader_id = ? AND kind = 'DELIVERY_APPLICATION'",
                String.class, theirs.getId())).containsExactly("您的送书上门申请：已通过。现在可以在借书车选择送书上门了。");
        assertThat(jdbc.queryForList("SELECT body FROM notice WHERE reader_id = ? AND kind = 'DELIVERY_APPLICATION'",
                String.class, mine.getId())).containsExactly("您的送书上门申请：未通过。原因：请到馆");
    }

    private long courier(long branch) {
        return createCourier(branch, null).getId();
    }

    @Test
    void routesDispatchSlotsAndCouriersOfTheOtherBranchAreNotTheLibrariansToTouch() throws Exception {
        long first = courier(furong);
        long second = courier(furong);
        long ownCourier = courier(yuelu);
        Reader theirs = reader("芙蓉送书读者", furong);
        given.approvedForDelivery(theirs.getId());
        String token = tokenFor(theirs);
        long address = ((Number) postJson("/api/app/addresses", Map.of("contactName", "赵奶奶", "phone", "13811112222",
                "address", "芙蓉区" + unique("路"), "isDefault", true), token).read("$.data.id")).longValue();
        String today = LocalDate.now(clock).toString();
        long slot = ((Number) getJson("/api/app/delivery-slots?branchId=" + furong + "&date=" + today, token)
                .<List<Integer>>read("$.data[*].id").getFirst()).longValue();
        long order = submitted(theirs, createBook("送上门的书", furong, 1), furong,
                Map.of("fulfilment", "DELIVERY", "addressId", address, "slotId", slot));
        ok(postJson("/api/admin/orders/" + order + "/approve", Map.of(), libFurong));

        // slots and their templates
        forbidden(getJson("/api/admin/delivery/slots?branchId=" + furong + "&date=" + today, libYuelu));
        ok(getJson("/api/admin/delivery/slots?branchId=" + furong + "&date=" + today, libFurong));
        String templates = "/api/admin/delivery/branches/" + furong + "/slot-templates";
        Map<String, Object> template = Map.of("startTime", "15:00", "endTime", "17:00", "capacity", 5);
        forbidden(getJson(templates, libYuelu));
        forbidden(postJson(templates, template, libYuelu));
        assertThat(count("SELECT COUNT(*) FROM delivery_slot_template WHERE branch_id = ?", furong)).isEqualTo(1);
        ok(postJson(templates, template, libFurong));

        // the dispatch board
        forbidden(getJson("/api/admin/delivery/routes?date=" + today + "&branchId=" + furong, libYuelu));
        forbidden(getJson("/api/admin/delivery/awaiting?branchId=" + furong, libYuelu));
        forbidden(getJson("/api/admin/delivery/unplanned?date=" + today + "&branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/delivery/awaiting", libYuelu))).doesNotContain((int) order);
        assertThat(ids(getJson("/api/admin/delivery/awaiting", libFurong))).contains((int) order);
        ok(getJson("/api/admin/delivery/unplanned?date=" + today, libYuelu));
        assertThat((List<Integer>) getJson("/api/admin/delivery/unplanned?date=" + today, libYuelu).read("$.data[*].orderId"))
                .doesNotContain((int) order);

        Map<String, Object> before = row("borrow_order", order);
        notFound(postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), libYuelu), 50301);
        notFound(postJson("/api/admin/delivery/orders/" + order + "/assign", Map.of("courierId", first), libYuelu), 40201);
        assertThat(row("borrow_order", order)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM delivery_stop WHERE order_id = ?", order)).isZero();
        Answer assigned = postJson("/api/admin/delivery/orders/" + order + "/assign", Map.of("courierId", first), libFurong);
        ok(assigned);
        long stop = ((Number) assigned.read("$.data")).longValue();
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, order)).isEqualTo("DISPATCHED");
        assertThat((List<Integer>) getJson("/api/admin/delivery/routes?date=" + today, libYuelu).read("$.data[*].id")).isEmpty();
        assertThat((List<Integer>) getJson("/api/admin/delivery/routes?date=" + today, libFurong).read("$.data[*].id")).hasSize(1);

        Map<String, Object> stopBefore = row("delivery_stop", stop);
        notFound(postJson("/api/admin/delivery/stops/" + stop + "/move", Map.of("courierId", second), libYuelu), 50405);
        notFound(postJson("/api/admin/delivery/stops/" + stop + "/override", Map.of(), libYuelu), 50405);
        assertThat(row("delivery_stop", stop)).isEqualTo(stopBefore);
        ok(postJson("/api/admin/delivery/stops/" + stop + "/move", Map.of("courierId", second), admin));
        assertThat(jdbc.queryForObject("SELECT r.courier_id FROM delivery_stop s JOIN delivery_route r ON r.id = s.route_id "
                + "WHERE s.id = ?", Long.class, stop)).isEqualTo(second);

        // couriers
        forbidden(getJson("/api/admin/delivery/couriers?branchId=" + furong, libYuelu));
        forbidden(getJson("/api/admin/delivery/couriers/positions?branchId=" + furong, libYuelu));
        assertThat((List<Integer>) getJson("/api/admin/delivery/couriers?size=100", libYuelu).read("$.data.records[*].staffId"))
                .containsExactly((int) ownCourier);
        Map<String, Object> profile = Map.of("vehicle", "WALK", "bagCapacity", 8, "shiftStart", "08:00", "shiftEnd", "12:00");
        Map<String, Object> courierBefore = jdbc.queryForMap("SELECT * FROM courier WHERE staff_id = ?", first);
        notFound(putJson("/api/admin/delivery/couriers/" + first, profile, libYuelu), 50401);
        assertThat(jdbc.queryForMap("SELECT * FROM courier WHERE staff_id = ?", first)).isEqualTo(courierBefore);
        ok(putJson("/api/admin/delivery/couriers/" + first, profile, libFurong));
        ok(getJson("/api/admin/delivery/couriers/positions?branchId=" + furong, libFurong));
        assertThat(jdbc.queryForObject("SELECT vehicle FROM courier WHERE staff_id = ?", String.class, first)).isEqualTo("WALK");
    }

    @Test
    void returnPickupsAreCheckedInAtTheirBranch() throws Exception {
        Reader theirs = reader("芙蓉还书读者", furong);
        long book = createBook("取回的书", furong, 1);
        long loan = given.loanBorrowedDaysAgo(theirs.getId(), book, furong, 10);
        jdbc.update("INSERT INTO return_pickup (reader_id, branch_id, address_id, slot_id, status, books, attempts, collected_at, "
                + "version, created_at, updated_at) VALUES (?, ?, 0, 0, 'COLLECTED', 1, 0, NOW(3), 0, NOW(3), NOW(3))",
                theirs.getId(), furong);
        long pickup = jdbc.queryForObject("SELECT id FROM return_pickup WHERE reader_id = ?", Long.class, theirs.getId());
        jdbc.update("UPDATE loan SET status = 'RETURN_COLLECTED', return_pickup_id = ? WHERE id = ?", pickup, loan);

        forbidden(getJson("/api/admin/return-pickups?branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/return-pickups?size=100", libYuelu))).doesNotContain((int) pickup);
        assertThat(ids(getJson("/api/admin/return-pickups?size=100", libFurong))).contains((int) pickup);
        Map<String, Object> before = row("return_pickup", pickup);
        notFound(getJson("/api/admin/return-pickups/" + pickup, libYuelu), 50501);
        notFound(postJson("/api/admin/return-pickups/" + pickup + "/check-in", Map.of(), libYuelu), 50501);
        assertThat(row("return_pickup", pickup)).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, loan)).isEqualTo("RETURN_COLLECTED");

        ok(getJson("/api/admin/return-pickups/" + pickup, admin));
        ok(postJson("/api/admin/return-pickups/" + pickup + "/check-in", Map.of(), libFurong));
        assertThat(jdbc.queryForObject("SELECT status FROM return_pickup WHERE id = ?", String.class, pickup)).isEqualTo("CHECKED_IN");
        assertThat(jdbc.queryForObject("SELECT status FROM loan WHERE id = ?", String.class, loan)).isEqualTo("RETURNED");
    }

    // ---------------------------------------------------------------------------------------------- activities and news

    private Map<String, Object> activity(long branch, String title) {
        String start = LocalDate.now(clock).plusDays(3).atTime(10, 0).toString();
        String end = LocalDate.now(clock).plusDays(3).atTime(12, 0).toString();
        return Map.of("branchId", branch, "title", title, "place", "二楼", "startsAt", start, "endsAt", end, "capacity", 20);
    }

    @Test
    void activitiesTheirSignUpsAndNewsOfTheOtherBranchAreNotTheLibrariansToSee() throws Exception {
        long theirs = ((Number) postJson("/api/admin/activities", activity(furong, "芙蓉读书会"), admin).read("$.data.id")).longValue();
        long mine = ((Number) postJson("/api/admin/activities", activity(yuelu, "岳麓读书会"), libYuelu).read("$.data.id")).longValue();
        ok(postJson("/api/app/activities/" + theirs + "/signups", Map.of(), tokenFor(reader("报名的读者", furong))));

        forbidden(getJson("/api/admin/activities?branchId=" + furong, libYuelu));
        assertThat(ids(getJson("/api/admin/activities?size=100", libYuelu))).contains((int) mine).doesNotContain((int) theirs);
        Answer elsewhere = postJson("/api/admin/activities", activity(furong, "替别馆办的活动"), libYuelu);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo(60903);
        Map<String, Object> before = row("reading_activity", theirs);
        notFound(getJson("/api/admin/activities/" + theirs, libYuelu), 60951);
        notFound(getJson("/api/admin/activities/" + theirs + "/signups", libYuelu), 60951);
        notFound(putJson("/api/admin/activities/" + theirs, activity(furong, "改掉别馆的活动"), libYuelu), 60951);
        assertThat(row("reading_activity", theirs)).isEqualTo(before);
        Answer signups = getJson("/api/admin/activities/" + theirs + "/signups", libFurong);
        ok(signups);
        assertThat((Integer) signups.read("$.data.total")).isEqualTo(1);
        ok(putJson("/api/admin/activities/" + theirs, activity(furong, "芙蓉读书会（改期）"), libFurong));

        Map<String, Object> news = new HashMap<>(Map.of("title", "芙蓉馆新闻", "bodyHtml", "<p>芙蓉</p>", "branchId", furong));
        long theirNews = ((Number) postJson("/api/admin/news", news, admin).read("$.data.id")).longValue();
        Map<String, Object> forAll = new HashMap<>(Map.of("title", "全馆通知", "bodyHtml", "<p>全馆</p>"));
        long allNews = ((Number) postJson("/api/admin/news", forAll, admin).read("$.data.id")).longValue();
        forbidden(getJson("/api/admin/news?branchId=" + furong, libYuelu));
        Map<String, Object> newsBefore = row("reading_news", theirNews);
        notFound(getJson("/api/admin/news/" + theirNews, libYuelu), 60901);
        notFound(putJson("/api/admin/news/" + theirNews, news, libYuelu), 60901);
        notFound(postJson("/api/admin/news/" + theirNews + "/publish", Map.of(), libYuelu), 60901);
        assertThat(row("reading_news", theirNews)).isEqualTo(newsBefore);
        ok(postJson("/api/admin/news/" + theirNews + "/publish", Map.of(), libFurong));
        // news for all branches: every desk reads it, only an ADMIN manages it
        ok(getJson("/api/admin/news/" + allNews, libYuelu));
        assertThat(postJson("/api/admin/news/" + allNews + "/publish", Map.of(), libYuelu).code()).isEqualTo(60903);
        assertThat(jdbc.queryForObject("SELECT status FROM reading_news WHERE id = ?", String.class, allNews)).isEqualTo("DRAFT");
    }

    // ---------------------------------------------------------------------------------------------- figures

    @Test
    void dashboardsKpisAndStatisticsAreTheLibrariansOwnBranchs() throws Exception {
        String range = "from=" + LocalDate.now(clock).minusDays(6) + "&to=" + LocalDate.now(clock);
        for (String path : List.of("/api/admin/dashboard?", "/api/admin/delivery/kpis?", "/api/admin/stats/series?" + range + "&",
                "/api/admin/stats/top-titles?" + range + "&", "/api/admin/stats/top-categories?" + range + "&",
                "/api/admin/stats/reader-activity?" + range + "&", "/api/admin/stats/export?" + range + "&")) {
            forbidden(getJson(path + "branchId=" + furong, libYuelu));
            ok(getJson(path + "branchId=" + furong, libFurong));
        }
        Answer mine = getJson("/api/admin/dashboard", libYuelu);
        ok(mine);
        assertThat(((Number) mine.read("$.data.branchId")).longValue()).isEqualTo(yuelu);
        Answer all = getJson("/api/admin/dashboard", admin);
        ok(all);
        assertThat((Object) all.read("$.data.branchId")).isNull();
    }
}
