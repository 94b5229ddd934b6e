package com.taoshu.courier;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourierAuthIT extends ApiTestBase {

    private static String phone() {
        return "139" + uniqueDigits(8);
    }

    @Test
    void courierLogsInWithPhoneAndPassword() throws Exception {
        String phone = phone();
        createStaff(Role.COURIER, null, phone, "courier-pass", createBranch(unique("B")));

        Answer login = postJson("/api/courier/auth/login", Map.of("phone", phone, "password", "courier-pass"), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat((String) login.read("$.data.staff.role")).isEqualTo("COURIER");
        assertThat((String) login.read("$.data.staff.phoneMasked")).contains("****");

        Answer me = getJson("/api/courier/me", login.read("$.data.token"));
        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.read("$.data.role")).isEqualTo("COURIER");
    }

    @Test
    void librarianCannotUseTheCourierApp() throws Exception {
        String username = unique("lib");
        String phone = phone();
        createStaff(Role.LIBRARIAN, username, phone, "secret-123", createBranch(unique("B")));

        Answer byPhone = postJson("/api/courier/auth/login", Map.of("phone", phone, "password", "secret-123"), null);
        assertThat(byPhone.status()).isEqualTo(403);
        assertThat(byPhone.code()).isEqualTo(60103);

        String readerToken = tokenFor(createReader("读者", null));
        assertThat(getJson("/api/courier/me", readerToken).status()).isEqualTo(403);
    }

    @Test
    void badPhoneFormatIsAValidationError() throws Exception {
        Answer answer = postJson("/api/courier/auth/login", Map.of("phone", "12ab", "password", "x"), null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.msg()).contains("手机号");
    }
}
