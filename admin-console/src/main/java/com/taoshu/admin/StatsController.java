package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stats.StatsRollupService;
import com.taoshu.stats.TopRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "统计")
@RestController
@RequestMapping("/api/admin/stats")
public class StatsController {

    private final StatsRollupService stats;
    private final Clock clock;

    public StatsController(StatsRollupService stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @Operation(summary = "借阅统计时间序列（按日/周/月，读每日汇总表）；默认最近30天")
    @GetMapping("/series")
    public ApiResponse<List<StatsRollupService.Point>> series(
            @RequestParam(required = false) Long branchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "DAY") StatsRollupService.Granularity granularity, StaffPrincipal by) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return ApiResponse.ok(stats.series(branchId, from != null ? from : end.minusDays(29), end, granularity, by));
    }

    @Operation(summary = "借阅最多的图书（指导采购）；默认最近30天前10")
    @GetMapping("/top-titles")
    public ApiResponse<List<TopRow>> topTitles(
            @RequestParam(required = false) Long branchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "10") int limit, StaffPrincipal by) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return ApiResponse.ok(stats.topTitles(branchId, from != null ? from : end.minusDays(29), end, limit, by));
    }

    @Operation(summary = "借阅最多的分类；默认最近30天前10")
    @GetMapping("/top-categories")
    public ApiResponse<List<TopRow>> topCategories(
            @RequestParam(required = false) Long branchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "10") int limit, StaffPrincipal by) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return ApiResponse.ok(stats.topCategories(branchId, from != null ? from : end.minusDays(29), end, limit, by));
    }

    @Operation(summary = "读者活跃度（按借阅证类型：活跃人天、借出）；默认最近30天")
    @GetMapping("/reader-activity")
    public ApiResponse<List<StatsRollupService.CardActivity>> readerActivity(
            @RequestParam(required = false) Long branchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, StaffPrincipal by) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        return ApiResponse.ok(stats.readerActivity(branchId, from != null ? from : end.minusDays(29), end, by));
    }

    @Operation(summary = "导出统计表（时间序列、热门图书、热门分类、读者活跃）为 Excel")
    @GetMapping("/export")
    public org.springframework.http.ResponseEntity<byte[]> export(
            @RequestParam(required = false) Long branchId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "DAY") StatsRollupService.Granularity granularity, StaffPrincipal by) {
        LocalDate end = to != null ? to : LocalDate.now(clock);
        byte[] body = stats.export(branchId, from != null ? from : end.minusDays(29), end, granularity, by);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("借阅统计.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @Operation(summary = "重算某段日期的每日汇总（管理员；幂等，可重复执行）")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/rollup")
    public ApiResponse<StatsRollupService.RollupResult> rollup(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return ApiResponse.ok(stats.rollup(from, to));
    }
}
