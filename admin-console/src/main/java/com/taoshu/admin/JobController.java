package com.taoshu.admin;

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

    public JobController(JobRunner runner) {
        this.runner = runner;
    }

    @Operation(summary = "任务列表")
    @GetMapping
    public ApiResponse<List<String>> list() {
        return ApiResponse.ok(runner.names());
    }

    @Operation(summary = "立即运行一次（与调度器同一代码路径）")
    @PostMapping("/{handlerName}/run")
    public ApiResponse<JobRunner.JobRun> run(@PathVariable String handlerName) {
        return ApiResponse.ok(runner.run(handlerName));
    }
}
