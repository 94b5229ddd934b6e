package com.taoshu.admin;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.stocktake.StockTake;
import com.taoshu.stocktake.StockTakeFixService;
import com.taoshu.stocktake.StockTakeService;
import com.taoshu.stocktake.StockTakeViews.Report;
import com.taoshu.stocktake.StockTakeViews.ScanResult;
import com.taoshu.stocktake.StockTakeViews.StockTakeView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 盘点: librarians of the branch and admins (a librarian only for their own branch). */
@Tag(name = "盘点")
@RestController
@RequestMapping("/api/admin/stock-takes")
public class StockTakeAdminController {

    private final StockTakeService takes;
    private final StockTakeFixService fixes;

    public StockTakeAdminController(StockTakeService takes, StockTakeFixService fixes) {
        this.takes = takes;
        this.fixes = fixes;
    }

    public record StartRequest(
            @Positive(message = "分馆不正确") Long branchId,
            @Positive(message = "分类不正确") Long categoryId,
            @Size(max = 64, message = "起始架位不能超过64个字") String shelfFrom,
            @Size(max = 64, message = "结束架位不能超过64个字") String shelfTo) {
    }

    public record ScanRequest(
            @NotEmpty(message = "请至少扫描一个条码") @Size(max = 500, message = "一次最多提交500个条码")
            List<@Size(max = 32, message = "条码号不能超过32个字符") String> barcodes) {
    }

    public record ConfirmRequest(boolean confirm) {
    }

    @Operation(summary = "开始盘点：分馆（馆员默认本馆），可选分类、架位范围；每个分馆同时只能有一个进行中的盘点")
    @Idempotent
    @PostMapping
    public ApiResponse<StockTakeView> start(@Valid @RequestBody StartRequest r, StaffPrincipal by) {
        return ApiResponse.ok(takes.start(
                new StockTakeService.StartRequest(r.branchId(), r.categoryId(), r.shelfFrom(), r.shelfTo()), by));
    }

    @Operation(summary = "盘点列表")
    @GetMapping
    public ApiResponse<PageResult<StockTakeView>> list(@RequestParam(required = false) Long branchId,
                                                       @RequestParam(required = false) StockTake.Status status,
                                                       @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(takes.list(branchId, status, by, page));
    }

    @Operation(summary = "盘点详情（进度）")
    @GetMapping("/{id}")
    public ApiResponse<StockTakeView> detail(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(takes.detail(id, by));
    }

    @Operation(summary = "扫描一批条码：重复扫描或重试同一批不重复计数；不存在的条码单独列出")
    @Idempotent
    @PostMapping("/{id}/scans")
    public ApiResponse<ScanResult> scan(@PathVariable long id, @Valid @RequestBody ScanRequest r, StaffPrincipal by) {
        return ApiResponse.ok(takes.scan(id, r.barcodes(), by));
    }

    @Operation(summary = "结束盘点并生成报告：在架、缺失、异常、未知条码")
    @Idempotent
    @PostMapping("/{id}/finish")
    public ApiResponse<Report> finish(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(takes.finish(id, by));
    }

    @Operation(summary = "取消盘点")
    @Idempotent
    @PostMapping("/{id}/cancel")
    public ApiResponse<StockTakeView> cancel(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(takes.cancel(id, by));
    }

    @Operation(summary = "盘点报告")
    @GetMapping("/{id}/report")
    public ApiResponse<Report> report(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(takes.report(id, by));
    }

    @Operation(summary = "一键处理：缺失的复本标记为遗失（须 confirm=true）")
    @Idempotent
    @PostMapping("/{id}/fixes/mark-missing-lost")
    public ApiResponse<Report> markMissingLost(@PathVariable long id, @RequestBody ConfirmRequest r, StaffPrincipal by) {
        return ApiResponse.ok(fixes.markMissingLost(id, r.confirm(), by));
    }

    @Operation(summary = "一键处理：在本馆扫到的其他分馆复本调入本馆")
    @Idempotent
    @PostMapping("/{id}/fixes/move-here")
    public ApiResponse<Report> moveHere(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(fixes.moveOtherBranchCopiesHere(id, by));
    }
}
