package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.reader.Reader;
import com.taoshu.shared.security.Role;
import com.taoshu.staff.Staff;
import com.taoshu.testsupport.ApiTestBase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Sessions end: logout on each app, every session of an account when it is disabled or its password or branch
 * changes, at the absolute lifetime however busy, and when an ADMIN ends them from the staff page.
 */
class SessionRevocationIT extends ApiTestBase {

    @Autowired
    private RedissonClient redisson;

    private long branch;
    private String admin;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("SB"));
        admin = signedInStaff(Role.ADMIN, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void logoutEndsTheSessionOnEachApp() throws Exception {
        Reader reader = createReader("登出读者", null);
        String readerToken = tokenFor(reader);
        assertThat(getJson("/api/app/me", readerToken).status()).isEqualTo(200);
        assertThat(postJson("/api/app/auth/logout", "{}", readerToken).status()).isEqualTo(200);
        Answer after = getJson("/api/app/me", readerToken);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo(10102);
        assertThat(postJson("/api/app/auth/logout", "{}", readerToken).status()).as("logging out twice is fine").isEqualTo(200);

        String phone = uniquePhone("137");
        createStaff(Role.COURIER, null, phone, "courier-pass", branch);
        String courier = staffToken("/api/courier", Map.of("phone", phone, "password", "courier-pass"));
        assertThat(getJson("/api/courier/me", courier).status()).isEqualTo(200);
        assertThat(postJson("/api/courier/auth/logout", "{}", courier).status()).isEqualTo(200);
        assertThat(getJson("/api/courier/me", courier).status()).isEqualTo(401);

        String other = staffToken("/api/admin", Map.of("username", librarian("lib-pass-1"), "password", "lib-pass-1"));
        assertThat(postJson("/api/admin/auth/logout", "{}", admin).status()).isEqualTo(200);
        assertThat(getJson("/api/admin/auth/me", admin).status()).isEqualTo(401);
        assertThat(getJson("/api/admin/auth/me", other).status()).as("another account's session lives on").isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsAllItsSessions() throws Exception {
        String username = librarian("lib-pass-2");
        Staff staff = staffMapper.selectOne(com.baomidou.mybatisplus.core.toolkit.Wrappers.<Staff>lambdaQuery()
                .eq(Staff::getUsername, username));
        String first = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-2"));
        String second = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-2"));

        assertThat(change(staff.getId(), "{\"enabled\":false}").status()).isEqualTo(200);

        assertThat(getJson("/api/admin/auth/me", first).status()).isEqualTo(401);
        assertThat(getJson("/api/admin/auth/me", second).status()).isEqualTo(401);
        assertThat(getJson("/api/admin/auth/me", admin).status()).isEqualTo(200);
    }

    @Test
    void aPasswordResetOrABranchMoveEndsTheSessionsAndTheNewOneCarriesTheNewBranch() throws Exception {
        String phone = uniquePhone("137");
        Staff courier = createStaff(Role.COURIER, null, phone, "courier-pass", branch);
        String before = staffToken("/api/courier", Map.of("phone", phone, "password", "courier-pass"));
        assertThat(change(courier.getId(), "{\"newPassword\":\"courier-pass-2\"}").status()).isEqualTo(200);
        assertThat(getJson("/api/courier/me", before).status()).isEqualTo(401);

        String username = librarian("lib-pass-3");
        long staffId = staffMapper.selectOne(com.baomidou.mybatisplus.core.toolkit.Wrappers.<Staff>lambdaQuery()
                .eq(Staff::getUsername, username)).getId();
        String oldBranch = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-3"));
        long otherBranch = createBranch(unique("SC"));
        assertThat(change(staffId, "{\"branchId\":" + otherBranch + "}").status()).isEqualTo(200);
        assertThat(getJson("/api/admin/auth/me", oldBranch).status()).isEqualTo(401);

        String fresh = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-3"));
        assertThat(((Number) getJson("/api/admin/auth/me", fresh).read("$.data.branchId")).longValue()).isEqualTo(otherBranch);
        // a change that does not touch access (the name) keeps the session
        assertThat(change(staffId, "{\"name\":\"新名字\"}").status()).isEqualTo(200);
        assertThat(getJson("/api/admin/auth/me", fresh).status()).isEqualTo(200);
    }

    @Test
    void aSessionInUseStillEndsAtItsAbsoluteLifetime() throws Exception {
        String username = librarian("lib-pass-4");
        String token = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-4"));
        Reader reader = createReader("长会话读者", null);
        String readerToken = tokenFor(reader);

        // in use all along (each use slides its idle TTL), logged in 23 h ago: still good
        loggedInAgo(token, Duration.ofHours(23));
        assertThat(getJson("/api/admin/auth/me", token).status()).isEqualTo(200);
        // 24 h after login a staff session ends however busy
        loggedInAgo(token, Duration.ofHours(24).plusMinutes(1));
        Answer ended = getJson("/api/admin/auth/me", token);
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.code()).isEqualTo(10102);
        assertThat(redisson.getBucket(tokenKey(token)).isExists()).as("the ended session is removed").isFalse();

        // a reader's lives 30 days
        loggedInAgo(readerToken, Duration.ofDays(29));
        assertThat(getJson("/api/app/me", readerToken).status()).isEqualTo(200);
        loggedInAgo(readerToken, Duration.ofDays(30).plusMinutes(1));
        assertThat(getJson("/api/app/me", readerToken).status()).isEqualTo(401);
        // moving the business clock (as tests of overdue loans do) is not the wall clock: sessions go on
        String fresh = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-4"));
        clock.advance(Duration.ofDays(40));
        assertThat(getJson("/api/admin/auth/me", fresh).status()).isEqualTo(200);
    }

    /** Rewrites the session's login time in Redis (value "R|S", login epoch millis, …), as if it had logged in then. */
    private void loggedInAgo(String token, Duration ago) {
        RBucket<String> session = redisson.getBucket(tokenKey(token), StringCodec.INSTANCE);
        String[] parts = session.get().split("\\|", 3);
        session.setAndKeepTTL(parts[0] + "|" + Instant.now().minus(ago).toEpochMilli() + "|" + parts[2]);
    }

    private static String tokenKey(String token) {
        try {
            return "taoshu:auth:token:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAdminSeesAndEndsAStaffMembersSessions() throws Exception {
        String username = librarian("lib-pass-5");
        long staffId = staffMapper.selectOne(com.baomidou.mybatisplus.core.toolkit.Wrappers.<Staff>lambdaQuery()
                .eq(Staff::getUsername, username)).getId();
        // ids are reused when a test context re-creates the schema while Redis keeps its keys: start from no session
        call(delete("/api/admin/staff/" + staffId + "/sessions"), admin);
        String desk = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-5"));
        String office = staffToken("/api/admin", Map.of("username", username, "password", "lib-pass-5"));

        Answer sessions = getJson("/api/admin/staff/" + staffId + "/sessions", admin);
        assertThat(sessions.status()).isEqualTo(200);
        List<String> ids = sessions.read("$.data[*].id");
        assertThat(ids).hasSize(2);
        assertThat(sessions.body()).doesNotContain(desk).doesNotContain(office);
        assertThat((List<String>) sessions.read("$.data[*].clientIp")).allMatch(ip -> ip.startsWith("10."));

        assertThat(getJson("/api/admin/staff/" + staffId + "/sessions", desk).status()).as("ADMIN only").isEqualTo(403);

        assertThat(call(delete("/api/admin/staff/" + staffId + "/sessions/" + ids.get(0)), admin).status()).isEqualTo(200);
        int alive = (getJson("/api/admin/auth/me", desk).status() == 200 ? 1 : 0)
                + (getJson("/api/admin/auth/me", office).status() == 200 ? 1 : 0);
        assertThat(alive).as("exactly one of the two sessions ended").isEqualTo(1);
        Answer missing = call(delete("/api/admin/staff/" + staffId + "/sessions/" + ids.get(0)), admin);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo(60109);

        Answer ended = call(delete("/api/admin/staff/" + staffId + "/sessions"), admin);
        assertThat((Integer) ended.read("$.data.ended")).isEqualTo(1);
        assertThat(getJson("/api/admin/auth/me", desk).status()).isEqualTo(401);
        assertThat(getJson("/api/admin/auth/me", office).status()).isEqualTo(401);
        assertThat((List<?>) getJson("/api/admin/staff/" + staffId + "/sessions", admin).read("$.data")).isEmpty();
    }

    private Answer change(long staffId, String json) throws Exception {
        return call(put("/api/admin/staff/" + staffId).contentType(MediaType.APPLICATION_JSON).content(json), admin);
    }

    private String librarian(String password) {
        String username = unique("sl");
        createStaff(Role.LIBRARIAN, username, null, password, branch);
        return username;
    }
}
