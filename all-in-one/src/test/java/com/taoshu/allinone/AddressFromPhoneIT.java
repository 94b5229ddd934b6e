package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.delivery.amap.AmapClient;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17, part 1: with NO AMap key (as on the demo, or where the key lapsed) a reader saves an address from the point
 * the phone picked (wx.chooseLocation), gets delivery, orders for a slot and is planned on estimated travel times; the
 * desk places or corrects a reader's address on the map. No message names a configuration key.
 */
@TestPropertySource(properties = "taoshu.test.amap-key=") // no AMap key in this class (ApiTestBase)
class AddressFromPhoneIT extends ApiTestBase {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final double BRANCH_LAT = 28.2282; // ApiTestBase.createBranch: radius 3000 m
    static final double BRANCH_LNG = 112.9388;

    @Autowired
    AmapClient amap;

    long branch;
    String branchName;
    String librarian;

    @BeforeEach
    void setUp() {
        clock.set(LocalDate.now(SHANGHAI).atTime(LocalTime.of(7, 0)).atZone(SHANGHAI).toInstant());
        String code = unique("M");
        branch = createBranch(code);
        branchName = "测试分馆" + code;
        slotTemplates(branch, 20, "10:00-12:00");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String readerAtHome(String prefix) throws Exception {
        String token = readerToken(unique(prefix));
        assertThat(call(put("/api/app/me").contentType(MediaType.APPLICATION_JSON)
                .content("{\"homeBranchId\":" + branch + "}"), token).status()).isEqualTo(200);
        return token;
    }

    private static Map<String, Object> picked(double lat, double lng) {
        Map<String, Object> body = new HashMap<>();
        body.put("contactName", "王奶奶");
        body.put("phone", "13712345678");
        body.put("address", "湖南省长沙市岳麓区麓山南路932号");
        body.put("placeName", "麓山南路小区");
        body.put("door", "3栋2单元501");
        body.put("lat", lat);
        body.put("lng", lng);
        body.put("isDefault", true);
        return body;
    }

    @Test
    void aReaderSavesThePickedPointAndIsDeliveredWithoutAMapKey() throws Exception {
        assertThat(amap.configured()).as("this class runs without a map key").isFalse();
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        String token = readerAtHome("ph");

        // the point the phone picked, with the place name and the door: saved as it is
        Answer saved = postJson("/api/app/addresses", picked(28.2300, 112.9400), token);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        long addressId = ((Number) saved.read("$.data.id")).longValue();
        assertThat((Integer) saved.read("$.data.branchId")).isEqualTo((int) branch);
        assertThat((String) saved.read("$.data.fullAddress")).isEqualTo("湖南省长沙市岳麓区麓山南路932号 麓山南路小区 3栋2单元501");
        assertThat((String) saved.read("$.data.door")).isEqualTo("3栋2单元501");
        Map<String, Object> row = jdbc.queryForMap("SELECT lat, lng, located_by, region, door_cipher, distance_m FROM reader_address "
                + "WHERE id = ?", addressId);
        assertThat(((Number) row.get("lat")).doubleValue()).isEqualTo(28.2300);
        assertThat(((Number) row.get("lng")).doubleValue()).isEqualTo(112.9400);
        assertThat(row.get("located_by")).isEqualTo("PICKED");
        assertThat(row.get("region")).isEqualTo("湖南省长沙市岳麓区");
        assertThat((String) row.get("door_cipher")).startsWith("v2:").doesNotContain("501");
        assertThat(((Number) row.get("distance_m")).intValue()).isBetween(200, 260);

        // about 4.2 km north of the branch: refused, saying how far and how far the branch delivers
        Answer far = postJson("/api/app/addresses", picked(BRANCH_LAT + 0.0378, BRANCH_LNG), token);
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.code()).isEqualTo(50203);
        assertThat(far.msg()).isEqualTo("该地址距" + branchName + "约4.2公里，超出3公里的送书范围");
        Answer farFromChosen = postJson("/api/app/addresses",
                with(picked(BRANCH_LAT, BRANCH_LNG + 0.05), "branchId", branch), token);
        assertThat(farFromChosen.code()).isEqualTo(50203);
        assertThat(farFromChosen.msg()).startsWith("该地址距" + branchName + "约4.9公里");

        Answer badLat = postJson("/api/app/addresses", picked(91, 112.94), token);
        assertThat(badLat.status()).isEqualTo(400);
        assertThat(badLat.msg()).contains("位置不正确");
        Answer halfPoint = postJson("/api/app/addresses", with(picked(28.23, 112.94), "lng", null), token);
        assertThat(halfPoint.status()).isEqualTo(400);
        assertThat(halfPoint.code()).isEqualTo(50221);
        Answer nullIsland = postJson("/api/app/addresses", picked(0, 0), token);
        assertThat(nullIsland.status()).isEqualTo(400);
        assertThat(nullIsland.code()).isEqualTo(50222);

        // text only, and no key to geocode it: asked to pick the place on the map, no configuration named
        Map<String, Object> textOnly = with(with(picked(0, 0), "lat", null), "lng", null);
        Answer noPoint = postJson("/api/app/addresses", textOnly, token);
        assertThat(noPoint.status()).isEqualTo(400);
        assertThat(noPoint.code()).isEqualTo(50220);
        assertThat(noPoint.msg()).contains("在地图上选择").doesNotContainIgnoringCase("taoshu").doesNotContainIgnoringCase("key")
                .doesNotContain("配置");

        // updating keeps working from a picked point too
        Answer moved = call(put("/api/app/addresses/" + addressId).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(with(picked(28.2310, 112.9410), "door", "3栋2单元502"))), token);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(((Number) moved.read("$.data.lat")).doubleValue()).isEqualTo(28.2310);
        assertThat((String) moved.read("$.data.door")).isEqualTo("3栋2单元502");

        // ---- then the delivery, end to end through the public APIs, on estimated travel times
        Answer applied = postJson("/api/app/delivery/applications", Map.of("reason", "ELDERLY", "note", "82岁"), token);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(postJson("/api/admin/delivery/applications/" + ((Number) applied.read("$.data.id")).longValue() + "/approve",
                Map.of(), librarian).status()).isEqualTo(200);
        var courier = createStaff(Role.COURIER, null, uniquePhone("15"), "courier-1", branch);
        Answer profile = call(put("/api/admin/delivery/couriers/" + courier.getId()).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("vehicle", "EBIKE", "bagCapacity", 10, "shiftStart", "09:00",
                        "shiftEnd", "18:00"))), librarian);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock), token);
        long slot = ((Number) slots.<List<Integer>>read("$.data[?(@.startTime == '10:00:00')].id").getFirst()).longValue();
        long book = createBook("不用地图钥匙也能送到", branch, 1);
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), token);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Answer placed = postJson("/api/app/orders", Map.of("cartItemIds", items, "fulfilment", "DELIVERY",
                "addressId", addressId, "slotId", slot), token);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + orderId + "/approve", Map.of(), librarian).status()).isEqualTo(200);

        Answer plan = postJson("/api/admin/delivery/slots/" + slot + "/plan", Map.of(), librarian);
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        assertThat((Integer) plan.read("$.data.planned")).isEqualTo(1);
        assertThat((Boolean) plan.read("$.data.estimated")).as("straight-line travel times without a key").isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, orderId)).isEqualTo("DISPATCHED");
        Answer routes = getJson("/api/admin/delivery/routes?date=" + LocalDate.now(clock) + "&slotId=" + slot, librarian);
        // the desk sees the address masked from the first number on (the courier of the route sees it in full)
        assertThat((List<String>) routes.read("$.data[0].stops[*].address")).containsExactly("湖南省长沙市岳麓区麓山南路***");
    }

    @Test
    void theDeskPlacesAndCorrectsAReadersAddressOnTheMapForItsOwnReadersOnly() throws Exception {
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        String otherLibrarian = signedInStaff(Role.LIBRARIAN, createBranch(unique("O")));
        String token = readerAtHome("dk");
        long readerId = ((Number) getJson("/api/app/me", token).read("$.data.id")).longValue();
        String base = "/api/admin/readers/" + readerId + "/addresses";

        Answer empty = getJson(base, librarian);
        assertThat(empty.status()).as(empty.body()).isEqualTo(200);
        assertThat((List<?>) empty.read("$.data.addresses")).isEmpty();
        assertThat((Integer) empty.read("$.data.homeBranch.deliveryRadiusM")).isEqualTo(3000);
        assertThat(((Number) empty.read("$.data.homeBranch.lat")).doubleValue()).isEqualTo(BRANCH_LAT);

        // the reader phoned: the librarian clicks the door on the map
        Map<String, Object> desk = with(picked(28.2295, 112.9370), "phone", null);
        assertThat(postJson(base, desk, librarian).status()).as("a new address needs the phone").isEqualTo(400);
        Answer placed = postJson(base, picked(28.2295, 112.9370), librarian);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long addressId = ((Number) placed.read("$.data.id")).longValue();
        assertThat((String) placed.read("$.data.phoneMasked")).isEqualTo("137****5678");
        assertThat(placed.body()).doesNotContain("13712345678");
        assertThat(jdbc.queryForObject("SELECT located_by FROM reader_address WHERE id = ?", String.class, addressId)).isEqualTo("DESK");

        // the reader sees it in the app
        assertThat((List<Integer>) getJson("/api/app/addresses", token).read("$.data[*].id")).containsExactly((int) addressId);

        // correcting the location keeps the phone when none is given
        Answer corrected = call(put(base + "/" + addressId).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(with(picked(28.2301, 112.9402), "phone", null))), librarian);
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        Map<String, Object> row = jdbc.queryForMap("SELECT lat, lng, phone_masked, located_by_staff_id FROM reader_address WHERE id = ?",
                addressId);
        assertThat(((Number) row.get("lat")).doubleValue()).isEqualTo(28.2301);
        assertThat(row.get("phone_masked")).isEqualTo("137****5678");
        assertThat(row.get("located_by_staff_id")).isNotNull();
        Answer tooFar = call(put(base + "/" + addressId).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(picked(BRANCH_LAT + 0.0378, BRANCH_LNG))), librarian);
        assertThat(tooFar.code()).isEqualTo(50203);
        assertThat(tooFar.msg()).contains("约4.2公里");

        // another branch's desk: the reader does not exist for it
        assertThat(getJson(base, otherLibrarian).status()).isEqualTo(404);
        assertThat(postJson(base, picked(28.2295, 112.9370), otherLibrarian).status()).isEqualTo(404);
        assertThat(call(put(base + "/" + addressId).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(picked(28.2295, 112.9370))), otherLibrarian).status()).isEqualTo(404);
        assertThat(getJson(base, signedInStaff(Role.ADMIN, null)).status()).isEqualTo(200);
        // an address of another reader through this reader's path: not found
        String stranger = readerAtHome("st");
        long strangerAddress = ((Number) postJson("/api/app/addresses", picked(28.2295, 112.9370), stranger).read("$.data.id")).longValue();
        assertThat(call(put(base + "/" + strangerAddress).contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(picked(28.2295, 112.9370))), librarian).status()).isEqualTo(404);
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
