package com.taoshu.admin;

import com.taoshu.catalog.BranchService;
import com.taoshu.catalog.BranchView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "分馆管理")
@RestController
@RequestMapping("/api/admin/branches")
public class BranchAdminController {

    private final BranchService branchService;

    public BranchAdminController(BranchService branchService) {
        this.branchService = branchService;
    }

    public record CreateBranchRequest(
            @NotBlank(message = "分馆编码不能为空") @Size(max = 32, message = "分馆编码不能超过32个字符")
            @Pattern(regexp = "[A-Za-z0-9_-]*", message = "分馆编码只能包含字母、数字、_ 和 -") String code,
            @NotBlank(message = "分馆名称不能为空") @Size(max = 64, message = "分馆名称不能超过64个字") String name,
            @NotBlank(message = "地址不能为空") @Size(max = 255, message = "地址不能超过255个字") String address,
            @Size(max = 32, message = "电话不能超过32个字符") String phone,
            @NotNull(message = "纬度不能为空") @DecimalMin(value = "-90", message = "纬度应在-90到90之间")
            @DecimalMax(value = "90", message = "纬度应在-90到90之间") BigDecimal lat,
            @NotNull(message = "经度不能为空") @DecimalMin(value = "-180", message = "经度应在-180到180之间")
            @DecimalMax(value = "180", message = "经度应在-180到180之间") BigDecimal lng,
            @Min(value = 100, message = "配送半径应在100到50000米之间")
            @Max(value = 50000, message = "配送半径应在100到50000米之间") Integer deliveryRadiusM,
            Boolean enabled) {
    }

    public record UpdateBranchRequest(
            @Size(min = 1, max = 32, message = "分馆编码长度应为1到32个字符")
            @Pattern(regexp = "[A-Za-z0-9_-]*", message = "分馆编码只能包含字母、数字、_ 和 -") String code,
            @Size(min = 1, max = 64, message = "分馆名称长度应为1到64个字") String name,
            @Size(min = 1, max = 255, message = "地址长度应为1到255个字") String address,
            @Size(max = 32, message = "电话不能超过32个字符") String phone,
            @DecimalMin(value = "-90", message = "纬度应在-90到90之间")
            @DecimalMax(value = "90", message = "纬度应在-90到90之间") BigDecimal lat,
            @DecimalMin(value = "-180", message = "经度应在-180到180之间")
            @DecimalMax(value = "180", message = "经度应在-180到180之间") BigDecimal lng,
            @Min(value = 100, message = "配送半径应在100到50000米之间")
            @Max(value = 50000, message = "配送半径应在100到50000米之间") Integer deliveryRadiusM,
            Boolean enabled) {
    }

    @Operation(summary = "分馆列表（含已停用）")
    @GetMapping
    public ApiResponse<List<BranchView>> list() {
        return ApiResponse.ok(branchService.list(false));
    }

    @Operation(summary = "新建分馆（仅管理员）")
    @PreAuthorize("hasRole('ADMIN')")
    @Idempotent
    @PostMapping
    public ApiResponse<BranchView> create(@Valid @RequestBody CreateBranchRequest r) {
        return ApiResponse.ok(branchService.create(new BranchService.BranchDraft(r.code(), r.name(), r.address(), r.phone(),
                r.lat(), r.lng(), r.deliveryRadiusM(), r.enabled())));
    }

    @Operation(summary = "修改分馆；enabled=false 停用（分馆不删除）（仅管理员）")
    @PreAuthorize("hasRole('ADMIN')")
    @Idempotent
    @PutMapping("/{id}")
    public ApiResponse<BranchView> update(@PathVariable long id, @Valid @RequestBody UpdateBranchRequest r) {
        return ApiResponse.ok(branchService.update(id, new BranchService.BranchDraft(r.code(), r.name(), r.address(),
                r.phone(), r.lat(), r.lng(), r.deliveryRadiusM(), r.enabled())));
    }
}
