package com.taoshu.admin;

import com.taoshu.order.DeskHandoverService;
import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderApprovalService;
import com.taoshu.order.OrderReviewService;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderViews.OrderSummary;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

@Tag(name = "订单审核与柜台取书")
@RestController
@RequestMapping("/api/admin")
public class OrderAdminController {

    private final OrderReviewService review;
    private final OrderApprovalService approval;
    private final DeskHandoverService desk;

    public OrderAdminController(OrderReviewService review, OrderApprovalService approval, DeskHandoverService desk) {
        this.review = review;
        this.approval = approval;
        this.desk = desk;
    }

    public record ApproveRequest(
            @Size(max = 20, message = "不通过的书目过多") List<@Positive(message = "书目不正确") Long> rejectLineIds,
            @Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    public record RejectRequest(
            @NotBlank(message = "请填写驳回原因") @Size(max = 255, message = "原因不能超过255个字") String reason) {
    }

    @Operation(summary = "订单列表/审核队列：默认待审核，最早提交的在前；可按分馆、取书方式筛选（馆员只看本馆）")
    @GetMapping("/orders")
    public ApiResponse<PageResult<OrderSummary>> queue(@RequestParam(required = false) OrderStatus status,
                                                       @RequestParam(required = false) Long branchId,
                                                       @RequestParam(required = false) Fulfilment fulfilment,
                                                       @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(review.queue(status, branchId, fulfilment, by, page));
    }

    @Operation(summary = "订单详情与读者信用情况（在借、逾期、证类型）")
    @GetMapping("/orders/{id}")
    public ApiResponse<OrderReviewService.ReviewDetail> detail(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(review.detail(id, by));
    }

    @Operation(summary = "审核通过（可部分通过：rejectLineIds 为不通过的书目，需填原因）")
    @Idempotent
    @PostMapping("/orders/{id}/approve")
    public ApiResponse<OrderReviewService.ReviewDetail> approve(@PathVariable long id,
                                                                @Valid @RequestBody(required = false) ApproveRequest r,
                                                                StaffPrincipal by) {
        ApproveRequest request = r == null ? new ApproveRequest(List.of(), null) : r;
        approval.approve(id, request.rejectLineIds(), request.reason(), by);
        return ApiResponse.ok(review.detail(id, by));
    }

    @Operation(summary = "驳回订单（释放全部复本）")
    @Idempotent
    @PostMapping("/orders/{id}/reject")
    public ApiResponse<OrderReviewService.ReviewDetail> reject(@PathVariable long id, @Valid @RequestBody RejectRequest r,
                                                               StaffPrincipal by) {
        approval.reject(id, r.reason().trim(), by);
        return ApiResponse.ok(review.detail(id, by));
    }

    @Operation(summary = "柜台取书：读者取走暂存架上的订单，开始借阅")
    @Idempotent
    @PostMapping("/orders/{id}/pickup")
    public ApiResponse<OrderReviewService.ReviewDetail> pickup(@PathVariable long id, StaffPrincipal by) {
        desk.handOver(id, by);
        return ApiResponse.ok(review.detail(id, by));
    }

    @Operation(summary = "暂存架：待取书订单，按取书期限排序；q 按读者姓名、手机尾号或订单号查找")
    @GetMapping("/holding-shelf")
    public ApiResponse<PageResult<OrderSummary>> holdingShelf(@RequestParam(required = false) Long branchId,
                                                              @RequestParam(required = false)
                                                              @Size(max = 32, message = "查找内容不能超过32个字") String q,
                                                              @Valid PageQuery page, StaffPrincipal by) {
        return ApiResponse.ok(review.holdingShelf(branchId, q, by, page));
    }
}
