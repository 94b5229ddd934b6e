package com.taoshu.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.testsupport.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaderLoginIT extends ApiTestBase {

    @Test
    void firstLoginCreatesReaderAndSecondLoginFindsIt() throws Exception {
        String code = unique("c");
        Answer first = postJson("/api/app/auth/wx-login", Map.of("code", code), null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.code()).isZero();
        assertThat((Boolean) first.read("$.data.firstLogin")).isTrue();
        assertThat((String) first.read("$.data.reader.cardType")).isEqualTo("CITY_WIDE");
        assertThat((String) first.read("$.traceId")).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader WHERE openid = ?", Integer.class, "openid-" + code))
                .isEqualTo(1);

        Answer second = postJson("/api/app/auth/wx-login", Map.of("code", code), null);
        assertThat((Boolean) second.read("$.data.firstLogin")).isFalse();
        assertThat((Integer) second.read("$.data.reader.id")).isEqualTo(first.<Integer>read("$.data.reader.id"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader WHERE openid = ?", Integer.class, "openid-" + code))
                .isEqualTo(1);
    }

    @Test
    void tokenFromLoginOpensTheReadersProfile() throws Exception {
        String token = readerToken(unique("p"));
        Answer me = getJson("/api/app/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat((String) me.read("$.data.cardStatus")).isEqualTo("ACTIVE");
    }

    @Test
    void weChatErrorCodesBecomeClearClientErrors() throws Exception {
        Answer invalid = postJson("/api/app/auth/wx-login", Map.of("code", "invalid-1"), null);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo(20101);
        assertThat(invalid.msg()).contains("登录凭证无效");

        Answer used = postJson("/api/app/auth/wx-login", Map.of("code", "used-1"), null);
        assertThat(used.status()).isEqualTo(400);
        assertThat(used.code()).isEqualTo(20102);

        Answer busy = postJson("/api/app/auth/wx-login", Map.of("code", "busy-1"), null);
        assertThat(busy.status()).isEqualTo(429);
        assertThat(busy.code()).isEqualTo(20103);

        Answer down = postJson("/api/app/auth/wx-login", Map.of("code", "down-1"), null);
        assertThat(down.status()).isLessThan(500).isGreaterThanOrEqualTo(400);
        assertThat(down.code()).isEqualTo(20104);
        assertThat(down.msg()).contains("微信");
        assertThat(down.body()).doesNotContain("Exception");
    }

    @Test
    void bindPhoneStoresItEncryptedAndShowsItMasked() throws Exception {
        String token = readerToken(unique("ph"));
        Answer bound = postJson("/api/app/me/phone", Map.of("code", "phone-13912345678"), token);

        assertThat(bound.status()).isEqualTo(200);
        assertThat((String) bound.read("$.data.phoneMasked")).isEqualTo("139****5678");
        assertThat(bound.body()).doesNotContain("13912345678");
        Integer id = bound.read("$.data.id");
        String stored = jdbc.queryForObject("SELECT phone_cipher FROM reader WHERE id = ?", String.class, id);
        assertThat(stored).startsWith("v2:" + cipher.currentKeyId() + ":").doesNotContain("13912345678");

        Answer badCode = postJson("/api/app/me/phone", Map.of("code", "bad-code"), token);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.code()).isEqualTo(20107);
    }

    @Test
    void accessTokenIsSharedThroughRedisNotFetchedPerCall() throws Exception {
        int before = WECHAT.tokensIssued();
        for (int i = 0; i < 3; i++) {
            String token = readerToken(unique("t"));
            postJson("/api/app/me/phone", Map.of("code", "phone-1380000000" + i), token);
        }
        assertThat(WECHAT.tokensIssued() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void missingOrBadTokenIs401() throws Exception {
        Answer none = getJson("/api/app/me", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo(10101);

        Answer bad = getJson("/api/app/me", "not-a-real-token");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.code()).isEqualTo(10102);
    }

    @Test
    void blankCodeIsAValidationErrorNamingTheField() throws Exception {
        Answer answer = postJson("/api/app/auth/wx-login", Map.of("code", ""), null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(10001);
        assertThat(answer.msg()).contains("登录凭证");
    }
}
