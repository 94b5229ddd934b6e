package com.taoshu.admin;

import com.taoshu.delivery.DeliveryApplication;
import com.taoshu.delivery.DeliverySlotTemplate;
import com.taoshu.delivery.DeliverySlots;
import com.taoshu.delivery.EligibilityService;
import com.taoshu.delivery.plan.DeskSlots;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "送书上门管理")
@RestController
@RequestMapping("/api/admin/delivery")
public class DeliveryAdminController {

    private final EligibilityService eligibility;
    private final DeliverySlots slots;
    private final DeskSlots deskSlots;

    public DeliveryAdminController(EligibilityService eligibility, DeliverySlots slots, DeskSlots deskSlots) {
        this.eligibility = eligibility;
        this.slots = slots;
        this.deskSlots = deskSlots;
    }

    public record DecisionRequest(@Size(max = 255, message = "说明不能超过255个字") String note) {
    }

    public record TemplateRequest(
            @NotNull(message = "开始时间不能为空") LocalTime startTime,
            @NotNull(message = "结束时间不能为空") LocalTime endTime,
            @NotNull(message = "容量不能为空") @Min(value = 0, message = "容量不能为负") @Max(value = 500, message = "容量不能超过500") Integer capacity,
            Boolean enabled) {

        DeliverySlots.TemplateInput input() {
            return new DeliverySlots.TemplateInput(startTime, endTime, capacity, !Boolean.FALSE.equals(enabled));
        }
    }

    @Operation(summary = "送书上门申请（默认待审核）；按读者所属分馆筛选，馆员看本馆读者及尚未选择分馆的读者的申请")
    @GetMapping("/applications")
    public ApiResponse<PageResult<EligibilityService.ApplicationView>> applications(
            @RequestParam(required = false) DeliveryApplication.Status status, @RequestParam(required = false) Long branchId,
            @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(eligibility.queue(status, branchId, by, page));
    }

    @Operation(summary = "通过送书上门申请")
    @Idempotent
    @PostMapping("/applications/{id}/approve")
    public ApiResponse<EligibilityService.ApplicationView> approve(@PathVariable long id,
                                                                  @Valid @RequestBody(required = false) DecisionRequest r,
                                                                  StaffPrincipal by) {
        return ApiResponse.ok(eligibility.decide(id, true, r == null ? null : r.note(), by));
    }

    @Operation(summary = "驳回送书上门申请")
    @Idempotent
    @PostMapping("/applications/{id}/reject")
    public ApiResponse<EligibilityService.ApplicationView> reject(@PathVariable long id,
                                                                 @Valid @RequestBody(required = false) DecisionRequest r,
                                                                 StaffPrincipal by) {
        return ApiResponse.ok(eligibility.decide(id, false, r == null ? null : r.note(), by));
    }

    @Operation(summary = "某分馆某天的配送时段（已约/容量；正在排线的时段带排线开始时间与发起者）")
    @GetMapping("/slots")
    public ApiResponse<List<DeskSlots.DeskSlotView>> slots(@RequestParam long branchId,
                                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                                          StaffPrincipal by) {
        return ApiResponse.ok(deskSlots.forDate(branchId, date, by));
    }

    @Operation(summary = "分馆的每日配送时段模板")
    @GetMapping("/branches/{branchId}/slot-templates")
    public ApiResponse<List<DeliverySlotTemplate>> templates(@PathVariable long branchId, StaffPrincipal by) {
        return ApiResponse.ok(slots.templates(branchId, by));
    }

    @Operation(summary = "新增每日配送时段模板")
    @Idempotent
    @PostMapping("/branches/{branchId}/slot-templates")
    public ApiResponse<DeliverySlotTemplate> addTemplate(@PathVariable long branchId, @Valid @RequestBody TemplateRequest r,
                                                         StaffPrincipal by) {
        return ApiResponse.ok(slots.saveTemplate(null, branchId, r.input(), by));
    }

    @Operation(summary = "修改每日配送时段模板（容量、启用）")
    @Idempotent
    @PutMapping("/branches/{branchId}/slot-templates/{id}")
    public ApiResponse<DeliverySlotTemplate> updateTemplate(@PathVariable long branchId, @PathVariable long id,
                                                            @Valid @RequestBody TemplateRequest r, StaffPrincipal by) {
        return ApiResponse.ok(slots.saveTemplate(id, branchId, r.input(), by));
    }
}
