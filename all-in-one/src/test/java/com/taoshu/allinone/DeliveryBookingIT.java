package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDate;
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

/** Home delivery up to dispatch: eligibility, geocoded addresses, slots with capacity, DELIVERY orders. */
class DeliveryBookingIT extends ApiTestBase {

    long branch;
    String librarian;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("D")); // at 28.2282, 112.9388, radius 3000 m
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        slotTemplates(branch, 3, "10:00-12:00");
        slotTemplates(branch, 20, "15:00-17:00");
    }

    private String eligibleReader() throws Exception {
        String code = unique("dr");
        String token = readerToken(code);
        Answer applied = postJson("/api/app/delivery/applications", Map.of("reason", "ELDERLY", "note", "78岁，腿脚不便"), token);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        long id = ((Number) applied.read("$.data.id")).longValue();
        assertThat(postJson("/api/admin/delivery/applications/" + id + "/approve", Map.of("note", "已核实"), librarian).status())
                .isEqualTo(200);
        return token;
    }

    private long address(String token, String text) throws Exception {
        Answer answer = postJson("/api/app/addresses",
                Map.of("contactName", "王奶奶", "phone", "13712345678", "address", text, "isDefault", true), token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return ((Number) answer.read("$.data.id")).longValue();
    }

    private long morningSlot(String token) throws Exception {
        Answer slots = getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock).plusDays(1), token);
        assertThat(slots.status()).as(slots.body()).isEqualTo(200);
        List<Integer> ids = slots.read("$.data[?(@.startTime == '10:00:00')].id");
        return ids.getFirst();
    }

    private Answer submitDelivery(String token, long book, Long addressId, Long slotId) throws Exception {
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), token);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + book + ")].id");
        Map<String, Object> body = new HashMap<>();
        body.put("cartItemIds", List.of(items.getFirst()));
        body.put("fulfilment", "DELIVERY");
        body.put("addressId", addressId);
        body.put("slotId", slotId);
        return postJson("/api/app/orders", body, token);
    }

    private int reserved(long slotId) {
        return jdbc.queryForObject("SELECT reserved FROM delivery_slot WHERE id = ?", Integer.class, slotId);
    }

    @Test
    void eligibilityIsAppliedForAndDecidedByALibrarian() throws Exception {
        String token = readerToken(unique("el"));
        long book = createBook("送书测试", branch, 2);
        Answer notYet = submitDelivery(token, book, 1L, 1L);
        assertThat(notYet.status()).isEqualTo(403);
        assertThat(notYet.code()).isEqualTo(40108);

        Answer applied = postJson("/api/app/delivery/applications", Map.of("reason", "BUSY"), token);
        assertThat((String) applied.read("$.data.status")).isEqualTo("PENDING");
        assertThat(postJson("/api/app/delivery/applications", Map.of("reason", "BUSY"), token).code()).isEqualTo(50101);
        Answer queue = getJson("/api/admin/delivery/applications", librarian);
        assertThat((List<Integer>) queue.read("$.data.records[*].id")).contains(applied.<Integer>read("$.data.id"));

        long id = ((Number) applied.read("$.data.id")).longValue();
        assertThat(postJson("/api/admin/delivery/applications/" + id + "/reject", Map.of("note", "请到馆办理"), librarian).status())
                .isEqualTo(200);
        assertThat(postJson("/api/admin/delivery/applications/" + id + "/approve", Map.of(), librarian).code()).isEqualTo(50104);
        assertThat((String) getJson("/api/app/me", token).read("$.data.deliveryEligibility")).isEqualTo("REJECTED");

        String eligible = eligibleReader();
        assertThat((String) getJson("/api/app/me", eligible).read("$.data.deliveryEligibility")).isEqualTo("APPROVED");
        assertThat(postJson("/api/app/delivery/applications", Map.of("reason", "ELDERLY"), eligible).code()).isEqualTo(50102);
    }

    @Test
    void addressesAreGeocodedEncryptedAndChecked() throws Exception {
        String token = readerToken(unique("ad"));
        // several test branches share these coordinates: the reader's home branch is preferred when it delivers there
        assertThat(call(put("/api/app/me").contentType(MediaType.APPLICATION_JSON)
                .content("{\"homeBranchId\":" + branch + "}"), token).status()).isEqualTo(200);
        AMAP.place("岳麓区麓山南路932号", 28.2300, 112.9400);
        AMAP.place("望城区很远很远的村子", 28.5000, 112.8000);

        long id = address(token, "岳麓区麓山南路932号");
        Answer list = getJson("/api/app/addresses", token);
        assertThat((String) list.read("$.data[0].address")).isEqualTo("岳麓区麓山南路932号");
        assertThat((Integer) list.read("$.data[0].branchId")).isEqualTo((int) branch);
        assertThat((Boolean) list.read("$.data[0].isDefault")).isTrue();
        String stored = jdbc.queryForObject("SELECT detail_cipher FROM reader_address WHERE id = ?", String.class, id);
        assertThat(stored).startsWith("v2:" + cipher.currentKeyId() + ":").doesNotContain("麓山南路");
        assertThat(jdbc.queryForObject("SELECT phone_cipher FROM reader_address WHERE id = ?", String.class, id)).doesNotContain("13712345678");

        Answer unknown = postJson("/api/app/addresses", Map.of("contactName", "王", "phone", "13712345678", "address", "查无此地的某某路"), token);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo(50202);
        Answer far = postJson("/api/app/addresses", Map.of("contactName", "王", "phone", "13712345678", "address", "望城区很远很远的村子"), token);
        assertThat(far.status()).isEqualTo(400);
        assertThat(far.code()).isEqualTo(50203);
        Answer quota = postJson("/api/app/addresses", Map.of("contactName", "王", "phone", "13712345678", "address", "配额用尽的路"), token);
        assertThat(quota.status()).isEqualTo(424);
        assertThat(quota.code()).isEqualTo(50204);
        Answer down = postJson("/api/app/addresses", Map.of("contactName", "王", "phone", "13712345678", "address", "宕机的路1号"), token);
        assertThat(down.status()).isEqualTo(424);
        Answer badPhone = postJson("/api/app/addresses", Map.of("contactName", "王", "phone", "12", "address", "岳麓区麓山南路932号"), token);
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.msg()).contains("联系电话");

        String stranger = readerToken(unique("st"));
        assertThat((List<?>) getJson("/api/app/addresses", stranger).read("$.data")).isEmpty();
        assertThat(call(put("/api/app/addresses/" + id).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(
                Map.of("contactName", "坏人", "phone", "13700000000", "address", "岳麓区麓山南路932号"))), stranger).status()).isEqualTo(404);
        assertThat(call(delete("/api/app/addresses/" + id), stranger).status()).isEqualTo(404);
        assertThat(call(delete("/api/app/addresses/" + id), token).status()).isEqualTo(200);
        assertThat((List<?>) getJson("/api/app/addresses", token).read("$.data")).isEmpty();
    }

    @Test
    void aDeliveryOrderTakesASlotUnitAndRejectionGivesItBack() throws Exception {
        String token = eligibleReader();
        long addressId = address(token, "岳麓区桃子湖路" + unique("号"));
        long slot = morningSlot(token);
        long book = createBook("送书上门的书", branch, 2);

        Answer missing = submitDelivery(token, book, null, null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo(50305);
        // the refused book is still in the cart: the reader takes it out (the next submission puts it back)
        List<Integer> left = getJson("/api/app/cart", token).read("$.data.items[?(@.bookId == " + book + ")].id");
        assertThat(call(delete("/api/app/cart/items/" + left.getFirst()), token).status()).isEqualTo(200);

        Answer placed = submitDelivery(token, book, addressId, slot);
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = ((Number) placed.read("$.data.order.id")).longValue();
        assertThat(reserved(slot)).isEqualTo(1);

        assertThat(postJson("/api/admin/orders/" + orderId + "/reject", Map.of("reason", "地址待核实"), librarian).status()).isEqualTo(200);
        assertThat(reserved(slot)).isZero();

        Answer again = submitDelivery(token, createBook("另一本", branch, 1), addressId, slot);
        long second = ((Number) again.read("$.data.order.id")).longValue();
        assertThat(postJson("/api/admin/orders/" + second + "/approve", Map.of(), librarian).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT status FROM borrow_order WHERE id = ?", String.class, second)).isEqualTo("AWAITING_DISPATCH");
        assertThat(postJson("/api/admin/orders/" + second + "/pickup", Map.of(), librarian).status()).isEqualTo(409);
    }

    @Test
    void aSlotIsNeverOversold() throws Exception {
        long book = createBook("抢时段的书", branch, 10);
        List<String> tokens = new ArrayList<>();
        List<Long> addresses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String token = eligibleReader();
            tokens.add(token);
            addresses.add(address(token, "岳麓区银盆岭" + i + "号"));
        }
        long slot = morningSlot(tokens.getFirst());
        List<Integer> items = new ArrayList<>();
        for (String token : tokens) {
            Answer cart = postJson("/api/app/cart/items", Map.of("bookId", book, "branchId", branch), token);
            items.add(cart.<List<Integer>>read("$.data.items[*].id").getFirst());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                return postJson("/api/app/orders", Map.of("cartItemIds", List.of(items.get(n)), "fulfilment", "DELIVERY",
                        "addressId", addresses.get(n), "slotId", slot), tokens.get(n));
            }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<Answer> f : futures) {
            Answer answer = f.get();
            if (answer.status() == 200) {
                accepted++;
            } else {
                assertThat(answer.code()).isEqualTo(50302);
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(3);
        assertThat(reserved(slot)).isEqualTo(3);
        assertThat(availableCopies(book, branch)).isEqualTo(7);
    }

    @Test
    void slotsOnlyForTheNextTwoWeeksAndTemplatesAreEditable() throws Exception {
        String token = readerToken(unique("sl"));
        assertThat(getJson("/api/app/delivery-slots?branchId=" + branch + "&date=" + LocalDate.now(clock).minusDays(1), token).code())
                .isEqualTo(50307);
        assertThat(getJson("/api/app/delivery-slots?branchId=" + branch + "&date=2026-13-01", token).status()).isEqualTo(400);
        Answer templates = getJson("/api/admin/delivery/branches/" + branch + "/slot-templates", librarian);
        assertThat((List<?>) templates.read("$.data")).hasSize(2);
        Answer bad = postJson("/api/admin/delivery/branches/" + branch + "/slot-templates",
                Map.of("startTime", "18:00", "endTime", "17:00", "capacity", 5, "enabled", true), librarian);
        assertThat(bad.code()).isEqualTo(50309);
    }
}
