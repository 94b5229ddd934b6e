package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;

class StaffAuthIT extends ApiTestBase {

    private static final AtomicInteger ADDRESS = new AtomicInteger();

    /** A login from an address of its own, so these tests never run into the per-address budget. */
    private Answer login(String username, String password) throws Exception {
        String ip = "198.51.%d.%d".formatted(ADDRESS.get() / 250 % 250, ADDRESS.incrementAndGet() % 250 + 1);
        return call(post("/api/admin/auth/login").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(Map.of("username", username, "password", password))).with(r -> {
                    r.setRemoteAddr(ip);
                    return r;
                }), null);
    }

    @Test
    void librarianLogsInAndSeesThemself() throws Exception {
        String username = unique("lib");
        createStaff(Role.LIBRARIAN, username, null, "secret-123", createBranch(unique("B")));

        Answer login = postJson("/api/admin/auth/login", Map.of("username", username, "password", "secret-123"), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat((String) login.read("$.data.staff.role")).isEqualTo("LIBRARIAN");
        assertThat(login.body()).doesNotContain("passwordHash").doesNotContain("$2a$");

        Answer me = getJson("/api/admin/auth/me", login.read("$.data.token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.read("$.data.username")).isEqualTo(username);
    }

    @Test
    void wrongPasswordAndUnknownUserLookTheSame() throws Exception {
        String username = unique("lib");
        createStaff(Role.LIBRARIAN, username, null, "secret-123", createBranch(unique("B")));

        Answer wrong = postJson("/api/admin/auth/login", Map.of("username", username, "password", "nope-nope"), null);
        Answer unknown = postJson("/api/admin/auth/login", Map.of("username", unique("ghost"), "password", "x"), null);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo(unknown.code()).isEqualTo(60101);
        assertThat(wrong.msg()).isEqualTo("账号或密码错误");
    }

    @Test
    void accountLocksAfterRepeatedFailures() throws Exception {
        String username = unique("lock");
        createStaff(Role.LIBRARIAN, username, null, "right-pass", createBranch(unique("B")));
        for (int i = 0; i < 5; i++) {
            assertThat(postJson("/api/admin/auth/login", Map.of("username", username, "password", "wrong" + i), null).status())
                    .isEqualTo(401);
        }
        Answer locked = postJson("/api/admin/auth/login", Map.of("username", username, "password", "right-pass"), null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.code()).isEqualTo(10429);
        assertThat(locked.msg()).contains("锁定");
    }

    @Test
    void aUsernameIsOneAccountWhateverItsLetterCase() throws Exception {
        String username = unique("probe_x");
        createStaff(Role.LIBRARIAN, username, null, "right-pass", createBranch(unique("B")));

        Answer upper = login(username.toUpperCase(Locale.ROOT), "right-pass");
        assertThat(upper.status()).as(upper.body()).isEqualTo(200);
        assertThat((String) upper.read("$.data.staff.username")).isEqualTo(username);
        assertThat(login("  " + username + " ", "right-pass").status()).isEqualTo(200);
    }

    @Test
    void caseVariantsShareOneFailureCountAndOneLock() throws Exception {
        String username = unique("probe_x");
        createStaff(Role.LIBRARIAN, username, null, "right-pass", createBranch(unique("B")));
        String upper = username.toUpperCase(Locale.ROOT);
        String mixed = Character.toUpperCase(username.charAt(0)) + username.substring(1);
        String[] variants = {username, upper, mixed, " " + upper, mixed + " "};
        for (int i = 0; i < 4; i++) {
            assertThat(login(variants[i], "wrong" + i).status()).isEqualTo(401);
        }
        // four failures under four spellings: not locked yet, the fifth (any spelling) locks
        assertThat(login(variants[4], "wrong4").status()).isEqualTo(401);

        for (String variant : new String[] {upper, mixed, username}) {
            Answer locked = login(variant, "right-pass");
            assertThat(locked.status()).as(variant).isEqualTo(429);
            assertThat(locked.code()).isEqualTo(10429);
            assertThat(locked.msg()).contains("锁定");
        }
    }

    @Test
    void usernamesAreStoredLowerCaseAndCannotDifferOnlyByCase() throws Exception {
        long branch = createBranch(unique("B"));
        String admin = unique("adm");
        createStaff(Role.ADMIN, admin, null, "secret-123", null);
        String adminToken = staffToken("/api/admin", Map.of("username", admin, "password", "secret-123"));

        String typed = "New_" + unique("Lib").toUpperCase(Locale.ROOT);
        String canonical = typed.toLowerCase(Locale.ROOT);
        Answer created = postJson("/api/admin/staff", Map.of("username", typed, "name", "新馆员", "password", "password-1",
                "role", "LIBRARIAN", "branchId", branch), adminToken);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        assertThat((String) created.read("$.data.username")).isEqualTo(canonical);
        assertThat(jdbc.queryForObject("SELECT username FROM staff WHERE id = ?", String.class,
                ((Number) created.read("$.data.id")).longValue())).isEqualTo(canonical);
        assertThat(login(typed, "password-1").status()).isEqualTo(200);

        Answer sameButCase = postJson("/api/admin/staff", Map.of("username", canonical.toUpperCase(Locale.ROOT),
                "name", "重复", "password", "password-1", "role", "LIBRARIAN", "branchId", branch), adminToken);
        assertThat(sameButCase.status()).isEqualTo(409);
        assertThat(sameButCase.code()).isEqualTo(60105);

        // and the table itself refuses it, whoever writes (the column's collation is case-insensitive, the key unique)
        assertThatThrownBy(() -> jdbc.update("INSERT INTO staff (username, name, password_hash, role, enabled, created_at, "
                + "updated_at) VALUES (?, 'x', 'x', 'LIBRARIAN', 1, NOW(3), NOW(3))", canonical.toUpperCase(Locale.ROOT)))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void oneClientAddressHasALoginBudgetPerMinute() throws Exception {
        int refused = 0;
        for (int i = 0; i < 35; i++) {
            Answer answer = call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/admin/auth/login")
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + unique("u") + "\",\"password\":\"x\"}")
                    .with(r -> {
                        r.setRemoteAddr("192.0.2.77");
                        return r;
                    }), null);
            if (answer.status() == 429) {
                refused++;
                assertThat(answer.msg()).contains("频繁");
            } else {
                assertThat(answer.status()).isEqualTo(401);
            }
        }
        assertThat(refused).isEqualTo(5);
    }

    @Test
    void disabledAccountCannotLogIn() throws Exception {
        String username = unique("off");
        var staff = createStaff(Role.LIBRARIAN, username, null, "secret-123", createBranch(unique("B")));
        jdbc.update("UPDATE staff SET enabled = 0 WHERE id = ?", staff.getId());
        Answer answer = postJson("/api/admin/auth/login", Map.of("username", username, "password", "secret-123"), null);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo(60102);
    }

    @Test
    void onlyAdminManagesStaff() throws Exception {
        long branch = createBranch(unique("B"));
        String lib = unique("lib");
        createStaff(Role.LIBRARIAN, lib, null, "secret-123", branch);
        String admin = unique("adm");
        createStaff(Role.ADMIN, admin, null, "secret-123", null);
        String libToken = staffToken("/api/admin", Map.of("username", lib, "password", "secret-123"));
        String adminToken = staffToken("/api/admin", Map.of("username", admin, "password", "secret-123"));

        Answer refused = getJson("/api/admin/staff", libToken);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo(10103);

        String newLib = unique("new");
        Answer created = postJson("/api/admin/staff", Map.of("username", newLib, "name", "新馆员", "password", "password-1",
                "role", "LIBRARIAN", "branchId", branch), adminToken);
        assertThat(created.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT role FROM staff WHERE username = ?", String.class, newLib)).isEqualTo("LIBRARIAN");
        assertThat(staffToken("/api/admin", Map.of("username", newLib, "password", "password-1"))).isNotBlank();

        Answer duplicate = postJson("/api/admin/staff", Map.of("username", newLib, "name", "重复", "password", "password-1",
                "role", "LIBRARIAN", "branchId", branch), adminToken);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo(60105);

        Answer noBranch = postJson("/api/admin/staff", Map.of("username", unique("nb"), "name", "无分馆", "password", "password-1",
                "role", "LIBRARIAN"), adminToken);
        assertThat(noBranch.status()).isEqualTo(400);
        assertThat(noBranch.code()).isEqualTo(60106);
    }

    @Test
    void courierAndReaderTokensCannotUseTheAdminApi() throws Exception {
        String phone = uniquePhone("139");
        createStaff(Role.COURIER, null, phone, "courier-1", createBranch(unique("B")));

        Answer courierOnAdmin = postJson("/api/admin/auth/login", Map.of("username", phone, "password", "courier-1"), null);
        assertThat(courierOnAdmin.status()).isEqualTo(401);

        String readerToken = tokenFor(createReader("读者", null));
        Answer readerOnAdmin = getJson("/api/admin/readers", readerToken);
        assertThat(readerOnAdmin.status()).isEqualTo(403);

        Answer noToken = getJson("/api/admin/readers", null);
        assertThat(noToken.status()).isEqualTo(401);
    }
}
