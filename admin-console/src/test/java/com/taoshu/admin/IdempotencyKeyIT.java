package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** An Idempotency-Key stands for one request: a retry replays the first answer, another request under it is refused. */
class IdempotencyKeyIT extends ApiTestBase {

    long branch;
    String admin;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("B"));
        admin = signedInStaff(Role.ADMIN, null);
    }

    private Answer createStaff(String key, String json) throws Exception {
        return call(post("/api/admin/staff").contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", key)
                .content(json), admin);
    }

    private String body(String username) {
        return """
                {"username":"%s","name":"新馆员","password":"password-1","role":"LIBRARIAN","branchId":%d}"""
                .formatted(username, branch);
    }

    private int staffCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff", Integer.class);
    }

    private int recordsOf(String key) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_record WHERE idem_key = ?", Integer.class, key);
    }

    @Test
    void theSameRequestAgainIsReplayedAndChangesNothing() throws Exception {
        String key = unique("create-");
        String username = unique("lib");
        Answer first = createStaff(key, body(username));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        int staff = staffCount();

        Answer retry = createStaff(key, body(username));
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat((Object) retry.read("$.data")).isEqualTo(first.read("$.data"));
        // the same request written differently (key order, spaces) is the same request
        Answer reordered = createStaff(key, """
                { "branchId": %d, "role": "LIBRARIAN", "password": "password-1", "name": "新馆员", "username": "%s" }"""
                .formatted(branch, username));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat((Integer) reordered.read("$.data.id")).isEqualTo(first.<Integer>read("$.data.id"));

        assertThat(staffCount()).isEqualTo(staff);
        assertThat(recordsOf(key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT request_hash FROM idempotency_record WHERE idem_key = ?", String.class, key))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
        String key = unique("create-");
        String username = unique("lib");
        Answer first = createStaff(key, body(username));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        int staff = staffCount();
        String stored = jdbc.queryForObject("SELECT response FROM idempotency_record WHERE idem_key = ?", String.class, key);

        String other = unique("lib");
        Answer reused = createStaff(key, body(other));
        assertThat(reused.status()).as(reused.body()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo(10431);
        assertThat(reused.msg()).contains("请求标识");
        assertThat((Object) reused.read("$.data")).isNull();

        assertThat(staffCount()).isEqualTo(staff);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff WHERE username = ?", Integer.class, other)).isZero();
        assertThat(recordsOf(key)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT response FROM idempotency_record WHERE idem_key = ?", String.class, key))
                .isEqualTo(stored);

        Answer newKey = createStaff(unique("create-"), body(other));
        assertThat(newKey.status()).as(newKey.body()).isEqualTo(200);
        assertThat(staffCount()).isEqualTo(staff + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff WHERE username = ?", Integer.class, other)).isEqualTo(1);
    }
}
