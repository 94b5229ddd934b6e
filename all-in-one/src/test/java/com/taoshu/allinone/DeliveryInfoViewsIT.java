package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.staff.Staff;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every view of a delivery and of a return pickup — the reader's order and pickup, the librarian's order and pickup
 * lists and details, the courier's route — says the slot (date, from–to), the reader's narrower window, the address
 * (in full to the reader and to the courier of a route out, masked at the desk), the courier and the ETA once planned;
 * another reader sees none of it.
 */
class DeliveryInfoViewsIT extends ApiTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    long branch;
    String librarian;
    String reader;
    String readerCode;
    String fullAddress;
    String maskedAddress;
    long addressId;
    long courier;
    String courierToken;
    LocalDate today;

    @BeforeEach
    void setUp() throws Exception {
        today = LocalDate.now(SHANGHAI);
        clock.set(today.atTime(LocalTime.of(8, 0)).atZone(SHANGHAI).toInstant());
        branch = createBranch(unique("DI"));
        slotTemplates(branch, 10, "10:00-12:00");
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        Staff courierAccount = createCourier(branch, "周建华");
        courier = courierAccount.getId();
        courierToken = staffToken("/api/courier", Map.of("phone", courierAccount.getPhone(), "password", "courier-1"));

        readerCode = unique("info");
        reader = readerToken(readerCode);
        given.homeBranch(readerId(), branch);
        given.approvedForDelivery(readerId());
        String road = "岳麓区" + chinese(unique("")) + "路";
        fullAddress = road + "18号2栋301";
        maskedAddress = road + "***";
        AMAP.place(fullAddress, 28.2310 + java.util.concurrent.ThreadLocalRandom.current().nextDouble(0.001),
                112.9420 + java.util.concurrent.ThreadLocalRandom.current().nextDouble(0.001));
        Answer address = postJson("/api/app/addresses", Map.of("contactName", "钱奶奶", "phone", "13833334444",
                "address", fullAddress, "isDefault", true), reader);
        assertThat(address.status()).as(address.body()).isEqualTo(200);
        addressId = ((Number) address.read("$.data.id")).longValue();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Hex digits as Chinese characters: a unique road name with no number in it (the mask starts at the first number). */
    private static String chinese(String hex) {
        StringBuilder out = new StringBuilder();
        for (char c : hex.toCharArray()) {
            out.append("零一二三四五六七八九甲乙丙丁戊己".charAt(Character.digit(c, 16)));
        }
        return out.toString();
    }

    private long readerId() {
        return given.readerLoggedInAs(readerCode);
    }

    private long loan(String title) {
        return given.loanBorrowedDaysAgo(readerId(), createBook(title, branch, 1), branch, 10);
    }

    private long slot() throws Exception {
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + today, reader);
        List<Integer> ids = slots.read("$.data[?(@.startTime == '10:00:00')].id");
        return ids.getFirst();
    }

    private long deliveryOrder(long slotId) throws Exception {
        long book = createBook("送上门的书", branch, 1);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), reader);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", List.of(items.getFirst()), "fulfilment", "DELIVERY",
                "addressId", addressId, "slotId", slotId, "windowStart", "10:30", "windowEnd", "11:30"), reader);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        return orderId;
    }

    /** The slot, window, address, courier and ETA of one {@code delivery} object, as the viewer is entitled to them. */
    private void assertInfo(Answer answer, String path, boolean fullAddressShown, String courierName, boolean planned) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Map<String, Object> d = answer.read(path);
        assertThat(d).as(path + " in " + answer.body()).isNotNull();
        assertThat(d.get("slotDate")).as(path).isEqualTo(today.toString());
        assertThat(d.get("slotStart")).as(path).isEqualTo("10:00:00");
        assertThat(d.get("slotEnd")).as(path).isEqualTo("12:00:00");
        assertThat(d.get("windowStart")).as(path).isEqualTo("10:30:00");
        assertThat(d.get("windowEnd")).as(path).isEqualTo("11:30:00");
        assertThat(d.get("address")).as(path).isEqualTo(fullAddressShown ? fullAddress : maskedAddress);
        assertThat(d.get("addressMasked")).as(path).isEqualTo(!fullAddressShown);
        assertThat(d.get("planned")).as(path).isEqualTo(planned);
        if (planned) {
            assertThat(d.get("courierName")).as(path).isEqualTo(courierName);
            assertThat((String) d.get("courierPhoneMasked")).as(path).matches("\\d{3}\\*{4}\\d{4}");
            assertThat(d.get("eta")).as(path).isNotNull();
            assertThat(d.get("plannedArrival")).as(path).isNotNull();
        } else {
            assertThat(d.get("courierName")).as(path).isNull();
            assertThat(d.get("eta")).as(path).isNull();
        }
    }

    @Test
    void everyViewOfADeliveryAndAPickupSaysWhereWhenWhoAndWhenItArrives() throws Exception {
        long slot = slot();
        long orderId = deliveryOrder(slot);
        Answer madePickup = postJson("/api/app/return-pickups", Map.of("loanIds", List.of(loan("要还的书")),
                "addressId", addressId, "slotId", slot, "windowStart", "10:30", "windowEnd", "11:30"), reader);
        assertThat(madePickup.status()).as(madePickup.body()).isEqualTo(200);
        long pickupId = ((Number) madePickup.read("$.data.id")).longValue();

        // booked, not yet planned: slot, window and address already show; no courier, no ETA
        assertInfo(getJson("/api/app/orders/" + orderId, reader), "$.data.order.delivery", true, null, false);
        assertInfo(getJson("/api/app/return-pickups/" + pickupId, reader), "$.data.delivery", true, null, false);
        assertInfo(getJson("/api/admin/orders/" + orderId, librarian), "$.data.detail.order.delivery", false, null, false);

        Answer planned = postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), librarian);
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);

        // the reader: their own order and pickup, in full, with 周师傅 and the ETA
        assertInfo(getJson("/api/app/orders/" + orderId, reader), "$.data.order.delivery", true, "周师傅", true);
        Answer myOrders = getJson("/api/app/orders", reader);
        assertInfo(myOrders, "$.data.records[0].delivery", true, "周师傅", true);
        assertThat(myOrders.<Integer>read("$.data.records[0].id")).isEqualTo((int) orderId);
        assertInfo(getJson("/api/app/return-pickups/" + pickupId, reader), "$.data.delivery", true, "周师傅", true);
        assertInfo(getJson("/api/app/return-pickups", reader), "$.data[0].delivery", true, "周师傅", true);

        // the desk: order detail (the review drawer), order list, pickup detail and list — address masked
        assertInfo(getJson("/api/admin/orders/" + orderId, librarian), "$.data.detail.order.delivery", false, "周建华", true);
        Answer deskOrders = getJson("/api/admin/orders?status=DISPATCHED&fulfilment=DELIVERY&branchId=" + branch, librarian);
        assertInfo(deskOrders, "$.data.records[0].delivery", false, "周建华", true);
        assertThat(deskOrders.<Integer>read("$.data.records[0].id")).isEqualTo((int) orderId);
        assertInfo(getJson("/api/admin/return-pickups/" + pickupId, librarian), "$.data.delivery", false, "周建华", true);
        Answer deskPickups = getJson("/api/admin/return-pickups?branchId=" + branch, librarian);
        assertInfo(deskPickups, "$.data.records[0].delivery", false, "周建华", true);
        Answer board = getJson("/api/admin/delivery/routes?date=" + today + "&branchId=" + branch, librarian);
        assertInfo(board, "$.data[0].stops[0].delivery", false, "周建华", true);
        assertThat(board.<List<String>>read("$.data[0].stops[*].address")).containsOnly(maskedAddress);

        // the courier: both stops of their route, the door in full
        Answer route = getJson("/api/courier/routes/today", courierToken);
        assertThat(route.<List<String>>read("$.data[0].stops[*].kind")).containsExactlyInAnyOrder("DELIVERY", "PICKUP");
        assertInfo(route, "$.data[0].stops[0].delivery", true, "周建华", true);
        assertInfo(route, "$.data[0].stops[1].delivery", true, "周建华", true);
        assertThat(route.<List<String>>read("$.data[0].stops[*].address")).containsOnly(fullAddress);

        // out late with a position far away: the ETA follows the courier and is later than planned
        clock.set(today.atTime(LocalTime.of(11, 40)).atZone(SHANGHAI).toInstant());
        long routeId = route.<Integer>read("$.data[0].id");
        assertThat(postJson("/api/courier/routes/" + routeId + "/start", Map.of(), courierToken).status()).isEqualTo(200);
        assertThat(postJson("/api/courier/location", Map.of("lat", 28.20, "lng", 112.90), courierToken).status()).isEqualTo(200);
        for (Answer live : List.of(getJson("/api/app/orders/" + orderId, reader), getJson("/api/app/return-pickups/" + pickupId, reader))) {
            String path = live.body().contains("\"order\":{") ? "$.data.order.delivery" : "$.data.delivery";
            assertInfo(live, path, true, "周师傅", true);
            assertThat(live.<Boolean>read(path + ".etaLive")).as(live.body()).isTrue();
            assertThat(OffsetDateTime.parse(live.read(path + ".eta")))
                    .isAfter(OffsetDateTime.parse(live.<String>read(path + ".plannedArrival")));
        }

        // another reader sees none of it
        String stranger = readerToken(unique("other"));
        Answer notTheirs = getJson("/api/app/orders/" + orderId, stranger);
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.body()).doesNotContain(fullAddress).doesNotContain(maskedAddress);
        Answer notTheirPickup = getJson("/api/app/return-pickups/" + pickupId, stranger);
        assertThat(notTheirPickup.status()).isEqualTo(404);
        assertThat(notTheirPickup.body()).doesNotContain(fullAddress);
        assertThat(getJson("/api/app/orders", stranger).body()).doesNotContain(fullAddress).doesNotContain("周师傅");
        assertThat(getJson("/api/app/return-pickups", stranger).body()).doesNotContain(fullAddress);
    }
}
