package com.taoshu.admin;

import com.taoshu.reader.CardStatus;
import com.taoshu.reader.CardType;
import com.taoshu.reader.ReaderCardService;
import com.taoshu.reader.ReaderView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "读者管理")
@RestController
@RequestMapping("/api/admin/readers")
public class ReaderAdminController {

    private final ReaderCardService cardService;

    public ReaderAdminController(ReaderCardService cardService) {
        this.cardService = cardService;
    }

    public record CardTypeRequest(
            @NotNull(message = "借阅证类型不能为空") CardType cardType,
            @Positive(message = "分馆不正确") Long homeBranchId,
            @Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    public record HomeBranchRequest(
            @NotNull(message = "请选择分馆") @Positive(message = "分馆不正确") Long branchId,
            @Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    public record ReasonRequest(
            @NotBlank(message = "请填写原因") @Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    @Operation(summary = "查找读者：姓名、手机号（精确）或读者号；按证类型、状态、分馆筛选（馆员：本馆读者及尚未选择分馆的读者）")
    @GetMapping
    public ApiResponse<PageResult<ReaderView>> search(@RequestParam(required = false) @Size(max = 64, message = "关键词过长") String q,
                                                      @RequestParam(required = false) CardType cardType,
                                                      @RequestParam(required = false) CardStatus cardStatus,
                                                      @RequestParam(required = false) Long branchId,
                                                      @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(cardService.search(new ReaderCardService.ReaderSearch(q, cardType, cardStatus, branchId), by, page));
    }

    @Operation(summary = "读者详情与借阅证变更记录")
    @GetMapping("/{id}")
    public ApiResponse<ReaderCardService.ReaderDetail> detail(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(cardService.detail(id, by));
    }

    @Operation(summary = "变更读者的所属分馆（由读者当前所属分馆的馆员或管理员办理；诚信通读者不能自行更换）")
    @Idempotent
    @PutMapping("/{id}/home-branch")
    public ApiResponse<ReaderView> changeHomeBranch(@PathVariable long id, @Valid @RequestBody HomeBranchRequest r,
                                                    StaffPrincipal by) {
        return ApiResponse.ok(cardService.changeHomeBranch(id, r.branchId(), r.reason(), by));
    }

    @Operation(summary = "变更借阅证类型（用户升级：全城通/诚信通）")
    @Idempotent
    @PostMapping("/{id}/card-type")
    public ApiResponse<ReaderView> changeCardType(@PathVariable long id, @Valid @RequestBody CardTypeRequest r, StaffPrincipal by) {
        return ApiResponse.ok(cardService.changeCardType(id, r.cardType(), r.homeBranchId(), r.reason(), by));
    }

    @Operation(summary = "暂停借阅证")
    @Idempotent
    @PostMapping("/{id}/suspend")
    public ApiResponse<ReaderView> suspend(@PathVariable long id, @Valid @RequestBody ReasonRequest r, StaffPrincipal by) {
        return ApiResponse.ok(cardService.suspend(id, r.reason(), by));
    }

    @Operation(summary = "恢复借阅证")
    @Idempotent
    @PostMapping("/{id}/restore")
    public ApiResponse<ReaderView> restore(@PathVariable long id, @Valid @RequestBody ReasonRequest r, StaffPrincipal by) {
        return ApiResponse.ok(cardService.restore(id, r.reason(), by));
    }
}
