package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The courier reaches the reader: the full number (or the family contact's) of their own stop, on demand, only while
 * the visit is under way, every reveal recorded; masked before setting off and again once the stop is finished.
 */
class ContactRevealIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    long branch;
    String librarian;
    String reader;
    long addressId;
    long courierA;
    String tokenA;
    String tokenB;

    @BeforeEach
    void setUp() throws Exception {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(8, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("CR"));
        slotTemplates(branch, 10, "10:00-12:00");
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        courierA = courier();
        tokenA = staffToken("/api/courier", Map.of("phone", phoneOf(courierA), "password", "courier-1"));
        long courierB = courier();
        tokenB = staffToken("/api/courier", Map.of("phone", phoneOf(courierB), "password", "courier-1"));

        String code = unique("call");
        reader = readerToken(code);
        given.approvedForDelivery(given.readerLoggedInAs(code), branch);
        Answer address = postJson("/api/app/addresses", Map.of("contactName", "孙奶奶", "phone", "13811110010",
                "address", "岳麓区" + unique("路"), "isDefault", true,
                "secondContact", Map.of("name", "孙小军", "phone", "13922220020")), reader);
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        assertThat((String) address.read("$.data.contact2Phone")).as("the owner sees their own contacts").isEqualTo("13922220020");
        assertThat((String) address.read("$.data.contact2PhoneMasked")).isEqualTo("139****0020");
        addressId = ((Number) address.read("$.data.id")).longValue();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long courier() {
        return createCourier(branch, null).getId();
    }

    private String phoneOf(long staffId) {
        return jdbc.queryForObject("SELECT phone FROM staff WHERE id = ?", String.class, staffId);
    }

    private long assignedStop() throws Exception {
        long book = createBook("电话联系的书", branch, 1);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), reader);
        List<Integer> slotIds = slots.read("$.data[?(@.startTime == '10:00:00')].id");
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", List.of(items.getFirst()), "fulfilment", "DELIVERY",
                "addressId", addressId, "slotId", slotIds.getFirst()), reader);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        Answer assigned = postJson("/api/admin/delivery/orders/" + orderId + "/assign", Map.of("courierId", courierA), librarian);
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        return jdbc.queryForObject("SELECT id FROM delivery_stop WHERE order_id = ?", Long.class, orderId);
    }

    private Answer put(String path, Object body, String token) throws Exception {
        return call(MockMvcRequestBuilders.put(path).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)),
                token);
    }

    private int reveals(long stop) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact_reveal WHERE stop_id = ?", Integer.class, stop);
    }

    @Test
    void theCourierCallsTheReaderOrTheFamilyWhileOutAndEveryRevealIsRecorded() throws Exception {
        long stop = assignedStop();
        long route = jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE id = ?", Long.class, stop);

        Answer today = getJson("/api/courier/routes/today", tokenA);
        assertThat((String) today.read("$.data[0].stops[0].phoneMasked")).isEqualTo("138****0010");
        assertThat((String) today.read("$.data[0].stops[0].contactName")).as("names masked for the courier").isEqualTo("孙**");
        assertThat((String) today.read("$.data[0].stops[0].contact2Name")).isEqualTo("孙**");
        assertThat((String) today.read("$.data[0].stops[0].contact2PhoneMasked")).isEqualTo("139****0020");
        assertThat(today.body()).doesNotContain("13811110010").doesNotContain("13922220020");

        Answer early = postJson("/api/courier/stops/" + stop + "/contact", Map.of(), tokenA);
        assertThat(early.status()).as("before setting off").isEqualTo(409);
        assertThat(early.code()).isEqualTo(50701);
        assertThat(early.msg()).contains("出发后");
        assertThat(postJson("/api/courier/routes/" + route + "/start", Map.of(), tokenA).status()).isEqualTo(200);

        Answer other = postJson("/api/courier/stops/" + stop + "/contact", Map.of(), tokenB);
        assertThat(other.status()).as("another courier's stop").isEqualTo(404);

        Answer primary = postJson("/api/courier/stops/" + stop + "/contact", Map.of(), tokenA);
        assertThat(primary.status()).as(primary.body()).isEqualTo(200);
        assertThat((String) primary.read("$.data.phone")).isEqualTo("13811110010");
        assertThat((String) primary.read("$.data.name")).isEqualTo("孙奶奶");
        Answer family = postJson("/api/courier/stops/" + stop + "/contact", Map.of("contact", "SECOND"), tokenA);
        assertThat(family.status()).as(family.body()).isEqualTo(200);
        assertThat((String) family.read("$.data.phone")).isEqualTo("13922220020");
        assertThat((String) family.read("$.data.name")).isEqualTo("孙小军");
        assertThat(getJson("/api/courier/routes/today", tokenA).body()).as("views stay masked")
                .doesNotContain("13811110010").doesNotContain("13922220020");

        List<Map<String, Object>> rows = jdbc.queryForList("SELECT route_id, courier_id, reader_id, contact, revealed_at "
                + "FROM contact_reveal WHERE stop_id = ? ORDER BY id", stop);
        assertThat(rows).extracting(r -> r.get("contact")).containsExactly("PRIMARY", "SECOND");
        assertThat(rows).allSatisfy(r -> {
            assertThat(((Number) r.get("courier_id")).longValue()).isEqualTo(courierA);
            assertThat(((Number) r.get("route_id")).longValue()).isEqualTo(route);
            assertThat(r.get("revealed_at")).isNotNull();
        });
        long orderId = jdbc.queryForObject("SELECT order_id FROM delivery_stop WHERE id = ?", Long.class, stop);
        String code = getJson("/api/app/orders/" + orderId, reader).read("$.data.tracking.handoverCode");
        assertThat(postJson("/api/courier/stops/" + stop + "/deliver", Map.of("code", code), tokenA).status()).isEqualTo(200);

        Answer after = postJson("/api/courier/stops/" + stop + "/contact", Map.of(), tokenA);
        assertThat(after.status()).as("the stop is finished").isEqualTo(403);
        assertThat(after.code()).isEqualTo(50702);
        assertThat(after.msg()).contains("已结束");
        assertThat(reveals(stop)).as("a refused reveal records nothing").isEqualTo(2);
    }

    @Test
    void noFamilyContactIsNotFoundAndTheReaderMayRemoveIt() throws Exception {
        Answer updated = put("/api/app/addresses/" + addressId, Map.of("contactName", "孙奶奶", "phone", "13811110010",
                "address", "岳麓区" + unique("路"), "isDefault", true), reader);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat((Object) updated.read("$.data.contact2Phone")).isNull();
        assertThat(jdbc.queryForObject("SELECT contact2_phone_cipher FROM reader_address WHERE id = ?", String.class, addressId)).isNull();

        long stop = assignedStop();
        long route = jdbc.queryForObject("SELECT route_id FROM delivery_stop WHERE id = ?", Long.class, stop);
        assertThat(postJson("/api/courier/routes/" + route + "/start", Map.of(), tokenA).status()).isEqualTo(200);
        Answer none = postJson("/api/courier/stops/" + stop + "/contact", Map.of("contact", "SECOND"), tokenA);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.code()).isEqualTo(50703);
        assertThat(reveals(stop)).isZero();

        Answer bad = postJson("/api/app/addresses", Map.of("contactName", "孙奶奶", "phone", "13811110010",
                "address", "岳麓区" + unique("路"), "secondContact", Map.of("name", "孙小军", "phone", "12")), reader);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.msg()).contains("第二联系人电话");
    }
}
