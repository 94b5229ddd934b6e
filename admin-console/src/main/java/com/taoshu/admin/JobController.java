package com.taoshu.admin;

import com.taoshu.admin.jobs.JobSchedules;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.job.JobRunner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "定时任务（运维）")
@RestController
@RequestMapping("/api/admin/jobs")
@PreAuthorize("hasRole('ADMIN')")
public class JobController {

    private final JobRunner runner;
    private final JobSchedules schedules;

    public JobController(JobRunner runner, JobSchedules schedules) {
        this.runner = runner;
        this.schedules = schedules;
    }

    /** One job on the 任务 page: its Chinese name, when it runs and its last run on any instance (null: never). */
    public record JobView(String name, String label, JobSchedules.Schedule schedule, JobRunner.LastRun lastRun) {
    }

    @Operation(summary = "任务列表：中文名称、运行时间（cron 及说明）、服务器上最近一次运行的时间与结果")
    @GetMapping
    public ApiResponse<List<JobView>> list() {
        return ApiResponse.ok(runner.names().stream()
                .map(name -> new JobView(name, runner.label(name), schedules.of(name), runner.lastRun(name).orElse(null)))
                .toList());
    }

    @Operation(summary = "立即运行一次（与调度器同一代码路径）")
    @PostMapping("/{handlerName}/run")
    public ApiResponse<JobRunner.JobRun> run(@PathVariable String handlerName) {
        return ApiResponse.ok(runner.run(handlerName));
    }
}
