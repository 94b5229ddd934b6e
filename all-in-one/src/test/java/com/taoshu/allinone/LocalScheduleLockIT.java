package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.job.JobRunner;
import com.taoshu.shared.redis.InstanceLocks;
import com.taoshu.testsupport.ApiTestBase;
import org.junit.jupiter.api.Test;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without an xxl-job admin, every instance's local schedule fires each job at the same moment: the run that takes the
 * job's lock does the work, the others skip it ({@link JobRunner#runAlone}, used by the local schedule).
 */
class LocalScheduleLockIT extends ApiTestBase {

    @Autowired
    JobRunner runner;
    @Autowired
    RedissonClient redisson;

    @Test
    void aJobAnotherInstanceIsRunningIsSkippedHereAndRunsOnceItIsDone() {
        RedissonClient other = Redisson.create(new Config(redisson.getConfig())); // another instance, same Redis names
        try {
            InstanceLocks elsewhere = new InstanceLocks(other, clock, "taoshu-admin-2#4711");
            try (InstanceLocks.Held running = elsewhere.tryHold(JobRunner.lockName("purchaseArrivalJob"), "定时任务").orElseThrow()) {
                assertThat(runner.runAlone("purchaseArrivalJob")).as("running on the other instance").isEmpty();
            }
            assertThat(runner.runAlone("purchaseArrivalJob"))
                    .hasValueSatisfying(run -> assertThat(run.summary()).startsWith("fulfilled="));
        } finally {
            other.shutdown();
        }
    }
}
