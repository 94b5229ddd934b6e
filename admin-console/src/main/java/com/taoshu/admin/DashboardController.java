package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stats.DashboardService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "首页看板")
@RestController
@RequestMapping("/api/admin/dashboard")
public class DashboardController {

    private final DashboardService dashboard;

    public DashboardController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @Operation(summary = "首页：今日订单（按状态）、在借与逾期、待审核、暂存架、近30天热门图书；不传分馆：馆员为本馆，管理员为全部分馆")
    @GetMapping
    public ApiResponse<DashboardService.Dashboard> dashboard(@RequestParam(required = false) Long branchId, StaffPrincipal by) {
        return ApiResponse.ok(dashboard.of(branchId, by));
    }
}
