package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The rule table per card type as librarians edit it: every field, optimistic versions, refusals in Chinese. */
class BorrowRuleIT extends ApiTestBase {

    private String librarian;
    private Map<String, Object> saved;

    @BeforeEach
    void librarian() throws Exception {
        String username = unique("rules");
        createStaff(Role.LIBRARIAN, username, null, "secret-123", createBranch(unique("R")));
        librarian = staffToken("/api/admin", Map.of("username", username, "password", "secret-123"));
        saved = jdbc.queryForMap("SELECT * FROM borrow_rule WHERE card_type = 'COMMUNITY_TRUST'");
    }

    @AfterEach
    void restore() {
        jdbc.update("""
                UPDATE borrow_rule SET loan_limit = ?, loan_days = ?, max_renewals = ?, renew_days = ?, pickup_days = ?,
                       renew_overdue_grace_days = ?, auto_approve = ?, suspend_after_overdue_days = ?, reservation_limit = ?
                WHERE card_type = 'COMMUNITY_TRUST'""",
                saved.get("loan_limit"), saved.get("loan_days"), saved.get("max_renewals"), saved.get("renew_days"),
                saved.get("pickup_days"), saved.get("renew_overdue_grace_days"), saved.get("auto_approve"),
                saved.get("suspend_after_overdue_days"), saved.get("reservation_limit"));
    }

    private Answer putJson(String path, Object body) throws Exception {
        return call(put(path).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)), librarian);
    }

    private static Map<String, Object> edit(int loanLimit, Integer suspendDays, Integer reservationLimit, int version) {
        Map<String, Object> body = new HashMap<>();
        body.put("loanLimit", loanLimit);
        body.put("loanDays", 21);
        body.put("maxRenewals", 2);
        body.put("renewDays", 14);
        body.put("pickupDays", 5);
        body.put("renewOverdueGraceDays", 0);
        body.put("autoApprove", true);
        if (suspendDays != null) {
            body.put("suspendAfterOverdueDays", suspendDays);
        }
        if (reservationLimit != null) {
            body.put("reservationLimit", reservationLimit);
        }
        body.put("version", version);
        return body;
    }

    private int version() {
        return jdbc.queryForObject("SELECT version FROM borrow_rule WHERE card_type = 'COMMUNITY_TRUST'", Integer.class);
    }

    @Test
    void listsEveryCardTypeWithAllItsFields() throws Exception {
        Answer all = getJson("/api/admin/rules", librarian);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.<List<String>>read("$.data[*].cardType")).contains("CITY_WIDE", "COMMUNITY_TRUST");
        assertThat(all.<List<Integer>>read("$.data[?(@.cardType == 'COMMUNITY_TRUST')].suspendAfterOverdueDays"))
                .containsExactly(((Number) saved.get("suspend_after_overdue_days")).intValue());
        assertThat(all.<List<Integer>>read("$.data[?(@.cardType == 'COMMUNITY_TRUST')].reservationLimit"))
                .containsExactly(((Number) saved.get("reservation_limit")).intValue());
    }

    @Test
    void whatTheRulesPageReadsItCanSaveBackUnchanged() throws Exception {
        // the page PUTs the row it read minus cardType and updatedAt; the API refuses unknown fields, so every field
        // the GET returns must be one the PUT takes
        Answer all = getJson("/api/admin/rules", librarian);
        Map<String, Object> row = new HashMap<>(all.<List<Map<String, Object>>>read("$.data[?(@.cardType == 'COMMUNITY_TRUST')]").getFirst());
        row.remove("cardType");
        row.remove("updatedAt");
        Answer back = putJson("/api/admin/rules/COMMUNITY_TRUST", row);
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat((Integer) back.read("$.data.version")).isEqualTo(((Number) row.get("version")).intValue() + 1);
    }

    @Test
    void aLibrarianEditsEveryFieldAndAStaleVersionIsRefused() throws Exception {
        int before = version();
        Answer ok = putJson("/api/admin/rules/COMMUNITY_TRUST", edit(7, 45, 5, before));
        assertThat(ok.status()).isEqualTo(200);
        assertThat((Integer) ok.read("$.data.loanLimit")).isEqualTo(7);
        assertThat((Integer) ok.read("$.data.version")).isEqualTo(before + 1);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM borrow_rule WHERE card_type = 'COMMUNITY_TRUST'");
        assertThat(((Number) row.get("loan_limit")).intValue()).isEqualTo(7);
        assertThat(((Number) row.get("suspend_after_overdue_days")).intValue()).isEqualTo(45);
        assertThat(((Number) row.get("reservation_limit")).intValue()).isEqualTo(5);

        // another librarian's screen still holds the old version
        Answer stale = putJson("/api/admin/rules/COMMUNITY_TRUST", edit(3, 10, 1, before));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo(40402);
        assertThat(stale.msg()).contains("已被他人修改");
        assertThat(jdbc.queryForObject("SELECT loan_limit FROM borrow_rule WHERE card_type = 'COMMUNITY_TRUST'", Integer.class))
                .isEqualTo(7);
    }

    @Test
    void anOlderClientThatSendsNeitherNewFieldLeavesThemAsTheyAre() throws Exception {
        putJson("/api/admin/rules/COMMUNITY_TRUST", edit(6, 40, 4, version()));
        Answer ok = putJson("/api/admin/rules/COMMUNITY_TRUST", edit(8, null, null, version()));
        assertThat(ok.status()).isEqualTo(200);
        assertThat((Integer) ok.read("$.data.loanLimit")).isEqualTo(8);
        assertThat((Integer) ok.read("$.data.suspendAfterOverdueDays")).isEqualTo(40);
        assertThat((Integer) ok.read("$.data.reservationLimit")).isEqualTo(4);
    }

    @Test
    void valuesOutOfRangeAreRefusedInChineseAndNothingChanges() throws Exception {
        int before = version();
        Answer zeroLimit = putJson("/api/admin/rules/COMMUNITY_TRUST", edit(0, null, null, before));
        assertThat(zeroLimit.status()).isEqualTo(400);
        assertThat(zeroLimit.msg()).contains("可借数量至少为1");
        Answer longSuspend = putJson("/api/admin/rules/COMMUNITY_TRUST", edit(5, 400, null, before));
        assertThat(longSuspend.status()).isEqualTo(400);
        assertThat(longSuspend.msg()).contains("逾期停借天数不能超过365天");
        Answer negative = putJson("/api/admin/rules/COMMUNITY_TRUST", edit(5, null, -1, before));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.msg()).contains("可预约数量不能为负");
        Answer unknownCard = putJson("/api/admin/rules/GOLD", edit(5, null, null, before));
        assertThat(unknownCard.status()).isEqualTo(400);
        assertThat(version()).isEqualTo(before);
    }
}
