package com.taoshu.admin.jobs;

import com.taoshu.shared.job.JobRunner;
import com.xxl.job.core.context.XxlJobHelper;
import com.xxl.job.core.handler.IJobHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One of our ScheduledJobs as an xxl-job BEAN handler: takes this instance's shard from the trigger (sharding
 * broadcast: index/total; a single-instance route gives 0/1), runs it through {@link JobRunner} (the same path as
 * the operator endpoint), logs to the xxl-job log and reports failure to the admin.
 */
final class ScheduledJobHandler extends IJobHandler {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobHandler.class);

    private final String name;
    private final JobRunner runner;

    ScheduledJobHandler(String name, JobRunner runner) {
        this.name = name;
        this.runner = runner;
    }

    @Override
    public void execute() {
        int total = Math.max(1, XxlJobHelper.getShardTotal());
        int index = total == 1 ? 0 : XxlJobHelper.getShardIndex();
        MDC.put("traceId", "xxl-" + XxlJobHelper.getLogId());
        try {
            XxlJobHelper.log("{} 开始，分片 {}/{}", name, index, total);
            JobRunner.JobRun run = runner.run(name, index, total);
            XxlJobHelper.log("{} 完成：{}（{} ms）", name, run.summary(), run.millis());
            XxlJobHelper.handleSuccess(run.summary());
        } catch (RuntimeException e) {
            log.error("xxl-job handler {} failed on shard {}/{}", name, index, total, e);
            XxlJobHelper.log(e);
            XxlJobHelper.handleFail(name + " 失败：" + e.getMessage());
        } finally {
            MDC.remove("traceId");
        }
    }
}
