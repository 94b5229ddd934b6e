package com.taoshu.admin;

import com.taoshu.catalog.CopyAdminService;
import com.taoshu.catalog.CopyStatus;
import com.taoshu.catalog.CopyView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "复本管理")
@RestController
@RequestMapping("/api/admin")
public class CopyAdminController {

    private final CopyAdminService copyService;

    public CopyAdminController(CopyAdminService copyService) {
        this.copyService = copyService;
    }

    public record AddCopiesRequest(
            @NotNull(message = "分馆不能为空") @Positive(message = "分馆不正确") Long branchId,
            @NotNull(message = "复本数不能为空") @Min(value = 1, message = "复本数应为1到50")
            @Max(value = 50, message = "复本数应为1到50") Integer count,
            @Size(max = 50, message = "条码号最多50个") List<@Size(max = 32, message = "条码号不能超过32个字符") String> barcodes,
            @Size(max = 64, message = "架位不能超过64个字") String shelfLocation) {
    }

    public record StatusRequest(@NotNull(message = "状态不能为空") CopyStatus status) {
    }

    public record ShelfLocationRequest(@Size(max = 64, message = "架位不能超过64个字") String shelfLocation) {
    }

    public record TransferRequest(
            @NotNull(message = "调入分馆不能为空") @Positive(message = "调入分馆不正确") Long toBranchId) {
    }

    @Operation(summary = "复本列表：按书目、分馆、状态筛选（馆员只看本馆）")
    @GetMapping("/copies")
    public ApiResponse<PageResult<CopyView>> list(@RequestParam(required = false) Long bookId,
                                                  @RequestParam(required = false) Long branchId,
                                                  @RequestParam(required = false) CopyStatus status,
                                                  @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(copyService.list(new CopyAdminService.CopyFilter(bookId, branchId, status), by, page));
    }

    @Operation(summary = "为书目在某分馆添加复本（不填条码号则自动生成）")
    @Idempotent
    @PostMapping("/books/{bookId}/copies")
    public ApiResponse<List<CopyView>> add(@PathVariable long bookId, @Valid @RequestBody AddCopiesRequest r, StaffPrincipal by) {
        return ApiResponse.ok(copyService.add(bookId,
                new CopyAdminService.NewCopies(r.branchId(), r.count(), r.barcodes(), r.shelfLocation()), by));
    }

    @Operation(summary = "手工修改复本状态：在架/损坏/遗失/已剔除（已预留、借出中的复本不可改）")
    @Idempotent
    @PutMapping("/copies/{id}/status")
    public ApiResponse<CopyView> changeStatus(@PathVariable long id, @Valid @RequestBody StatusRequest r, StaffPrincipal by) {
        return ApiResponse.ok(copyService.changeStatus(id, r.status(), by));
    }

    @Operation(summary = "修改复本架位")
    @Idempotent
    @PutMapping("/copies/{id}/shelf-location")
    public ApiResponse<CopyView> changeShelfLocation(@PathVariable long id, @Valid @RequestBody ShelfLocationRequest r,
                                                     StaffPrincipal by) {
        return ApiResponse.ok(copyService.changeShelfLocation(id, r.shelfLocation(), by));
    }

    @Operation(summary = "调拨在架复本到另一分馆")
    @Idempotent
    @PostMapping("/copies/{id}/transfer")
    public ApiResponse<CopyView> transfer(@PathVariable long id, @Valid @RequestBody TransferRequest r, StaffPrincipal by) {
        return ApiResponse.ok(copyService.transfer(id, r.toBranchId(), by));
    }
}
