package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReaderCardIT extends ApiTestBase {

    private String token;
    private long branch;

    @BeforeEach
    void librarian() throws Exception {
        branch = createBranch(unique("B"));
        token = signedInStaff(Role.LIBRARIAN, branch);
    }

    private long newReader() {
        return createReader("测试读者", null).getId();
    }

    @Test
    void upgradeToCommunityTrustNeedsAHomeBranchAndIsRecorded() throws Exception {
        long reader = newReader();

        Answer noBranch = postJson("/api/admin/readers/" + reader + "/card-type", Map.of("cardType", "COMMUNITY_TRUST"), token);
        assertThat(noBranch.status()).isEqualTo(400);
        assertThat(noBranch.code()).isEqualTo(20205);

        Answer upgraded = postJson("/api/admin/readers/" + reader + "/card-type",
                Map.of("cardType", "COMMUNITY_TRUST", "homeBranchId", branch, "reason", "社区推荐"), token);
        assertThat(upgraded.status()).isEqualTo(200);
        assertThat((String) upgraded.read("$.data.cardType")).isEqualTo("COMMUNITY_TRUST");
        assertThat(jdbc.queryForObject("SELECT card_type FROM reader WHERE id = ?", String.class, reader)).isEqualTo("COMMUNITY_TRUST");

        Answer again = postJson("/api/admin/readers/" + reader + "/card-type", Map.of("cardType", "COMMUNITY_TRUST"), token);
        assertThat(again.status()).isEqualTo(409);

        Answer detail = getJson("/api/admin/readers/" + reader, token);
        assertThat((String) detail.read("$.data.cardHistory[0].toValue")).isEqualTo("COMMUNITY_TRUST");
        assertThat((String) detail.read("$.data.cardHistory[0].reason")).isEqualTo("社区推荐");
        assertThat((String) detail.read("$.data.cardHistory[1].action")).as("the home branch it set").isEqualTo("HOME_BRANCH");
        assertThat((String) detail.read("$.data.cardHistory[1].fromValue")).isEqualTo("NONE");
        assertThat((String) detail.read("$.data.cardHistory[1].toValue")).isEqualTo(String.valueOf(branch));
    }

    @Test
    void suspendAndRestoreNeedAReasonAndAreRecorded() throws Exception {
        long reader = newReader();

        Answer noReason = postJson("/api/admin/readers/" + reader + "/suspend", Map.of("reason", ""), token);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.msg()).contains("原因");

        assertThat(postJson("/api/admin/readers/" + reader + "/suspend", Map.of("reason", "多次逾期"), token).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT card_status FROM reader WHERE id = ?", String.class, reader)).isEqualTo("SUSPENDED");
        assertThat(postJson("/api/admin/readers/" + reader + "/suspend", Map.of("reason", "再次"), token).status()).isEqualTo(409);

        assertThat(postJson("/api/admin/readers/" + reader + "/restore", Map.of("reason", "已归还"), token).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT card_status FROM reader WHERE id = ?", String.class, reader)).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_card_history WHERE reader_id = ?", Integer.class, reader))
                .isEqualTo(2);
    }

    @Test
    void searchFindsByExactPhoneAndShowsItMasked() throws Exception {
        createReader("手机读者", "13655551234");

        Answer found = getJson("/api/admin/readers?q=13655551234", token);
        assertThat(found.status()).isEqualTo(200);
        assertThat((Integer) found.read("$.data.total")).isGreaterThanOrEqualTo(1);
        assertThat((String) found.read("$.data.records[0].phoneMasked")).isEqualTo("136****1234");
        assertThat(found.body()).doesNotContain("13655551234");
    }

    @Test
    void unknownReaderIs404() throws Exception {
        Answer answer = postJson("/api/admin/readers/987654321/suspend", Map.of("reason", "x"), token);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo(20201);
    }
}
