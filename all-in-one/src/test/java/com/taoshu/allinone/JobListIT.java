package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 任务 page's list: every job by a Chinese name, when it runs, and its last run as the server recorded it. */
class JobListIT extends ApiTestBase {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyJobHasAChineseNameAScheduleAndItsLastServerSideRun() throws Exception {
        String admin = signedInStaff(Role.ADMIN, null);
        assertThat(getJson("/api/admin/jobs", signedInStaff(Role.LIBRARIAN, createBranch(unique("JB")))).status())
                .isEqualTo(403);

        Answer list = getJson("/api/admin/jobs", admin);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<Map<String, Object>> jobs = list.read("$.data");
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(12);
        for (Map<String, Object> job : jobs) {
            assertThat((String) job.get("label")).as("label of " + job.get("name")).containsPattern(HAN);
        }
        assertThat(schedule(list, "statsRollupJob")).containsEntry("cron", "0 30 1 * * ?").containsEntry("words", "每天 01:30");
        assertThat(schedule(list, "dispatchPlanJob")).containsEntry("words", "每天 08:00–19:59，每 10 分钟");
        assertThat(schedule(list, "outboxSendJob")).containsEntry("words", "每分钟");
        assertThat(schedule(list, "pickupExpiryJob")).containsEntry("words", "每小时第 0 分");
        assertThat(schedule(list, "cryptoRotateJob")).containsEntry("trigger", "仅手动运行");
        // tests turn the local schedule off (they run jobs themselves)
        assertThat(schedule(list, "statsRollupJob")).containsEntry("trigger", "定时已关闭，仅手动运行");
        assertThat((List<String>) list.read("$.data[?(@.name == 'statsRollupJob')].label")).containsExactly("统计汇总");

        LocalDateTime at = LocalDateTime.of(2034, 2, 3, 4, 5, 6);
        clock.set(at.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        Answer run = postJson("/api/admin/jobs/statsRollupJob/run", Map.of(), admin);
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        Answer after = getJson("/api/admin/jobs", admin);
        Map<String, Object> last = lastRun(after, "statsRollupJob");
        assertThat(OffsetDateTime.parse((String) last.get("at")).toLocalDateTime()).isEqualTo(at);
        assertThat(last.get("ok")).isEqualTo(true);
        assertThat((String) last.get("summary")).isEqualTo(run.read("$.data.summary"));
    }

    private static Map<String, Object> schedule(Answer list, String job) {
        List<Map<String, Object>> found = list.read("$.data[?(@.name == '" + job + "')].schedule");
        assertThat(found).as(job).hasSize(1);
        return found.getFirst();
    }

    private static Map<String, Object> lastRun(Answer list, String job) {
        List<Map<String, Object>> found = list.read("$.data[?(@.name == '" + job + "')].lastRun");
        assertThat(found).as(job).hasSize(1);
        return found.getFirst();
    }
}
