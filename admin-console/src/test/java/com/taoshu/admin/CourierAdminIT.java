package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.delivery.route.CourierLocations;
import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.Role;
import com.taoshu.staff.Staff;
import com.taoshu.testsupport.ApiTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Couriers' working profiles (vehicle, bag, shift, leave) as librarians keep them for the dispatch planner. */
class CourierAdminIT extends ApiTestBase {

    @Autowired
    CourierLocations locations;

    private String librarian;
    private long branch;
    private long otherBranch;

    @BeforeEach
    void librarian() throws Exception {
        branch = createBranch(unique("C"));
        otherBranch = createBranch(unique("C"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
    }

    private Staff courierAccount(long branchId) {
        return createStaff(Role.COURIER, null, uniquePhone("15"), "courier-1", branchId);
    }

    private long courierWithProfile(long branchId, String vehicle, int bag) {
        long id = courierAccount(branchId).getId();
        jdbc.update("INSERT INTO courier (staff_id, branch_id, vehicle, bag_capacity, shift_start, shift_end, on_leave, updated_at) "
                + "VALUES (?, ?, ?, ?, '09:00:00', '18:00:00', 0, NOW(3))", id, branchId, vehicle, bag);
        return id;
    }

    private Answer putJson(String path, Object body, String token) throws Exception {
        return call(put(path).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)), token);
    }

    private static Map<String, Object> profile(String vehicle, Object bag, String start, String end, boolean onLeave) {
        Map<String, Object> body = new HashMap<>();
        body.put("vehicle", vehicle);
        body.put("bagCapacity", bag);
        body.put("shiftStart", start);
        body.put("shiftEnd", end);
        body.put("onLeave", onLeave);
        return body;
    }

    @Test
    void listsTheBranchsCouriersWithTheirProfilesAndThoseWithoutOne() throws Exception {
        long ebike = courierWithProfile(branch, "EBIKE", 20);
        long walker = courierWithProfile(branch, "WALK", 8);
        long bare = courierAccount(branch).getId();
        courierWithProfile(otherBranch, "EBIKE", 12);

        Answer page = getJson("/api/admin/delivery/couriers?branchId=" + branch + "&page=1&size=2", librarian);
        assertThat(page.status()).isEqualTo(200);
        assertThat((Integer) page.read("$.data.total")).isEqualTo(3);
        assertThat(page.<List<Integer>>read("$.data.records[*].staffId")).containsExactly((int) ebike, (int) walker);
        assertThat((String) page.read("$.data.records[0].vehicle")).isEqualTo("EBIKE");
        assertThat((Integer) page.read("$.data.records[1].bagCapacity")).isEqualTo(8);
        assertThat((String) page.read("$.data.records[1].shiftStart")).startsWith("09:00");
        assertThat((String) page.read("$.data.records[0].phoneMasked")).contains("****");

        Answer second = getJson("/api/admin/delivery/couriers?branchId=" + branch + "&page=2&size=2", librarian);
        assertThat((Integer) second.read("$.data.records[0].staffId")).isEqualTo((int) bare);
        assertThat((Boolean) second.read("$.data.records[0].hasProfile")).isFalse();
        assertThat((Object) second.read("$.data.records[0].vehicle")).isNull();

        Answer tooBig = getJson("/api/admin/delivery/couriers?size=101", librarian);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.msg()).isEqualTo("每页条数不能超过100");
    }

    @Test
    void editsVehicleBagShiftAndLeaveAndCreatesAMissingProfile() throws Exception {
        long courier = courierWithProfile(branch, "EBIKE", 20);

        Answer saved = putJson("/api/admin/delivery/couriers/" + courier, profile("WALK", 6, "08:30", "16:00", true), librarian);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat((String) saved.read("$.data.vehicle")).isEqualTo("WALK");
        assertThat((Boolean) saved.read("$.data.onLeave")).isTrue();
        Map<String, Object> row = jdbc.queryForMap("SELECT vehicle, bag_capacity, shift_start, shift_end, on_leave, branch_id "
                + "FROM courier WHERE staff_id = ?", courier);
        assertThat(row.get("vehicle")).isEqualTo("WALK");
        assertThat(((Number) row.get("bag_capacity")).intValue()).isEqualTo(6);
        assertThat(row.get("shift_start").toString()).startsWith("08:30");
        assertThat(row.get("shift_end").toString()).startsWith("16:00");
        assertThat(row.get("on_leave")).isIn(true, 1, (byte) 1);

        long bare = courierAccount(branch).getId();
        Answer created = putJson("/api/admin/delivery/couriers/" + bare, profile("EBIKE", 15, "09:00", "18:00", false), librarian);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat((Boolean) created.read("$.data.hasProfile")).isTrue();
        assertThat(jdbc.queryForObject("SELECT branch_id FROM courier WHERE staff_id = ?", Long.class, bare)).isEqualTo(branch);
    }

    @Test
    void aCourierMadeOnTheStaffPageIsPlannableAtOnceAndFollowsItsBranch() throws Exception {
        String adminName = unique("adm");
        createStaff(Role.ADMIN, adminName, null, "secret-123", null);
        String admin = staffToken("/api/admin", Map.of("username", adminName, "password", "secret-123"));
        String phone = uniquePhone("13");
        Answer made = postJson("/api/admin/staff", Map.of("phone", phone, "name", "新师傅", "password", "courier-123",
                "role", "COURIER", "branchId", branch), admin);
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        long id = ((Number) made.read("$.data.id")).longValue();

        Map<String, Object> profile = jdbc.queryForMap("SELECT * FROM courier WHERE staff_id = ?", id);
        assertThat(((Number) profile.get("branch_id")).longValue()).isEqualTo(branch);
        assertThat(profile.get("vehicle")).isEqualTo("EBIKE");
        assertThat(((Number) profile.get("bag_capacity")).intValue()).isEqualTo(20);
        Answer listed = getJson("/api/admin/delivery/couriers?branchId=" + branch, librarian);
        assertThat(listed.<List<Boolean>>read("$.data.records[?(@.staffId == " + id + ")].hasProfile")).containsExactly(true);

        Answer moved = putJson("/api/admin/staff/" + id, Map.of("branchId", otherBranch), admin);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT branch_id FROM courier WHERE staff_id = ?", Long.class, id)).isEqualTo(otherBranch);
        assertThat(jdbc.queryForObject("SELECT bag_capacity FROM courier WHERE staff_id = ?", Integer.class, id)).isEqualTo(20);

        // a librarian is made without any courier profile
        Answer lib = postJson("/api/admin/staff", Map.of("username", unique("l"), "name", "馆员", "password", "secret-123",
                "role", "LIBRARIAN", "branchId", branch), admin);
        long libId = ((Number) lib.read("$.data.id")).longValue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM courier WHERE staff_id = ?", Integer.class, libId)).isZero();
    }

    @Test
    void badInputIsRefusedInChineseAndChangesNothing() throws Exception {
        long courier = courierWithProfile(branch, "EBIKE", 20);

        Answer backwards = putJson("/api/admin/delivery/couriers/" + courier, profile("EBIKE", 10, "18:00", "09:00", false), librarian);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.code()).isEqualTo(10001);
        assertThat(backwards.msg()).isEqualTo("下班时间必须晚于上班时间");

        Answer emptyBag = putJson("/api/admin/delivery/couriers/" + courier, profile("EBIKE", 0, "09:00", "18:00", false), librarian);
        assertThat(emptyBag.status()).isEqualTo(400);
        assertThat(emptyBag.msg()).isEqualTo("书包容量至少为1本");

        Answer noVehicle = putJson("/api/admin/delivery/couriers/" + courier, profile(null, 10, "09:00", "18:00", false), librarian);
        assertThat(noVehicle.status()).isEqualTo(400);
        assertThat(noVehicle.msg()).isEqualTo("请选择交通方式");

        Answer car = putJson("/api/admin/delivery/couriers/" + courier, profile("CAR", 10, "09:00", "18:00", false), librarian);
        assertThat(car.status()).isEqualTo(400);

        assertThat(jdbc.queryForObject("SELECT bag_capacity FROM courier WHERE staff_id = ?", Integer.class, courier)).isEqualTo(20);
    }

    @Test
    void onlyCouriersHaveProfiles() throws Exception {
        String username = unique("lib");
        long otherLibrarian = createStaff(Role.LIBRARIAN, username, null, "secret-123", branch).getId();

        Answer notACourier = putJson("/api/admin/delivery/couriers/" + otherLibrarian, profile("WALK", 5, "09:00", "17:00", false), librarian);
        assertThat(notACourier.status()).isEqualTo(404);
        assertThat(notACourier.code()).isEqualTo(50401);
        assertThat(notACourier.msg()).isEqualTo("配送员不存在");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM courier WHERE staff_id = ?", Integer.class, otherLibrarian)).isZero();
    }

    @Test
    void couriersAndReadersMayNotUseIt() throws Exception {
        Staff courier = courierAccount(branch);
        jdbc.update("INSERT INTO courier (staff_id, branch_id, vehicle, bag_capacity, shift_start, shift_end, on_leave, updated_at) "
                + "VALUES (?, ?, 'WALK', 8, '09:00:00', '18:00:00', 0, NOW(3))", courier.getId(), branch);
        String courierToken = tokenStore.issue(new Principal.Staff(courier.toPrincipal()));

        Answer ownProfile = putJson("/api/admin/delivery/couriers/" + courier.getId(),
                profile("EBIKE", 50, "06:00", "23:00", false), courierToken);
        assertThat(ownProfile.status()).isEqualTo(403);
        assertThat(ownProfile.code()).isEqualTo(10103);
        assertThat(ownProfile.msg()).isEqualTo("当前角色（配送员）无权执行此操作");
        assertThat(jdbc.queryForObject("SELECT vehicle FROM courier WHERE staff_id = ?", String.class, courier.getId())).isEqualTo("WALK");

        Answer reader = getJson("/api/admin/delivery/couriers", tokenFor(createReader("读者", null)));
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.msg()).isEqualTo("没有权限执行此操作");

        assertThat(getJson("/api/admin/delivery/couriers", null).status()).isEqualTo(401);
    }

    @Test
    void positionsAreTheLastPingsOfTheBranchsCouriers() throws Exception {
        long courier = courierWithProfile(branch, "EBIKE", 20);
        courierWithProfile(branch, "WALK", 8); // never pinged: not listed
        long yesterday = courierWithProfile(branch, "WALK", 8); // pinged hours ago: not where they are now
        clock.set(java.time.Instant.now().minus(java.time.Duration.ofHours(3)));
        try {
            locations.ping(yesterday, 28.2401, 112.9502);
        } finally {
            clock.reset();
        }
        locations.ping(courier, 28.2301, 112.9402);

        Answer positions = getJson("/api/admin/delivery/couriers/positions?branchId=" + branch, librarian);
        assertThat(positions.status()).isEqualTo(200);
        assertThat(positions.<List<Integer>>read("$.data[*].staffId")).containsExactly((int) courier);
        assertThat((Double) positions.read("$.data[0].lat")).isCloseTo(28.2301, within(1e-4));
    }

    @Test
    void theDispatchBoardListsNothingUnplannedForADayWithoutOrders() throws Exception {
        Answer none = getJson("/api/admin/delivery/unplanned?date=2030-01-02&branchId=" + branch, librarian);
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.<List<Object>>read("$.data")).isEmpty();

        Answer noDate = getJson("/api/admin/delivery/unplanned?branchId=" + branch, librarian);
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.code()).isEqualTo(10005);
    }
}
