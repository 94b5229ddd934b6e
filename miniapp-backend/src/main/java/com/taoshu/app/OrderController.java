package com.taoshu.app;

import com.taoshu.order.Fulfilment;
import com.taoshu.order.OrderStatus;
import com.taoshu.order.OrderSubmissionService;
import com.taoshu.order.OrderViews.OrderDetail;
import com.taoshu.order.OrderViews.OrderSummary;
import com.taoshu.order.ReaderOrderService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "我的订单")
@RestController
@RequestMapping("/api/app/orders")
public class OrderController {

    private final OrderSubmissionService submission;
    private final ReaderOrderService orders;

    public OrderController(OrderSubmissionService submission, ReaderOrderService orders) {
        this.submission = submission;
        this.orders = orders;
    }

    public record SubmitRequest(
            @NotEmpty(message = "请至少选择一本书") @Size(max = 20, message = "一次最多提交20本书")
            List<@NotNull(message = "借书车条目不能为空") @Positive(message = "借书车条目不正确") Long> cartItemIds,
            @NotNull(message = "取书方式不能为空") Fulfilment fulfilment,
            @Positive(message = "地址不正确") Long addressId,
            @Positive(message = "配送时段不正确") Long slotId,
            @Schema(description = "送书上门时可选：时段内期望的开始时间，如 10:30（需与 windowEnd 同填，至少30分钟）") LocalTime windowStart,
            @Schema(description = "送书上门时可选：时段内期望的结束时间，如 11:00") LocalTime windowEnd) {
    }

    @Operation(summary = "提交借书订单（请带 Idempotency-Key，重试不会重复下单）")
    @Idempotent
    @PostMapping
    public ApiResponse<OrderDetail> submit(ReaderId reader, @Valid @RequestBody SubmitRequest r) {
        long orderId = submission.submit(reader,
                new OrderSubmissionService.Submission(r.cartItemIds(), r.fulfilment(), r.addressId(), r.slotId(),
                        r.windowStart(), r.windowEnd()));
        return ApiResponse.ok(orders.detail(reader, orderId));
    }

    @Operation(summary = "我的订单（可按状态筛选）")
    @GetMapping
    public ApiResponse<PageResult<OrderSummary>> list(ReaderId reader, @RequestParam(required = false) OrderStatus status,
                                                      @Valid PageQuery page) {
        return ApiResponse.ok(orders.mine(reader, status, page));
    }

    @Operation(summary = "订单详情：书目、状态时间线、暂存架取书期限")
    @GetMapping("/{id}")
    public ApiResponse<OrderDetail> detail(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(orders.detail(reader, id));
    }

    @Operation(summary = "取消订单（仅待审核时）")
    @Idempotent
    @PostMapping("/{id}/cancel")
    public ApiResponse<OrderDetail> cancel(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(orders.cancel(reader, id));
    }
}
