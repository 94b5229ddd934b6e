package com.taoshu.admin;

import com.taoshu.review.BookReview;
import com.taoshu.review.ReviewService;
import com.taoshu.review.ReviewService.ReviewDetail;
import com.taoshu.review.ReviewService.ReviewView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.Actor;
import com.taoshu.shared.security.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "书评管理")
@RestController
@RequestMapping("/api/admin/reviews")
public class ReviewAdminController {

    private final ReviewService reviews;

    public ReviewAdminController(ReviewService reviews) {
        this.reviews = reviews;
    }

    public record HideRequest(@NotBlank(message = "请填写隐藏原因") @Size(max = 255, message = "隐藏原因不能超过255个字") String reason) {
    }

    @Operation(summary = "书评列表：可按书（bookId）和状态（VISIBLE / HIDDEN）筛选，最新在前")
    @GetMapping
    public ApiResponse<PageResult<ReviewView>> list(@RequestParam(required = false) Long bookId,
                                                    @RequestParam(required = false) BookReview.Status status,
                                                    @Valid PageQuery page) {
        return ApiResponse.ok(reviews.list(bookId, status, page));
    }

    @Operation(summary = "书评详情及处理记录")
    @GetMapping("/{id}")
    public ApiResponse<ReviewDetail> detail(@PathVariable long id) {
        return ApiResponse.ok(reviews.detail(id));
    }

    @Operation(summary = "隐藏书评（填写原因）：不再公开展示、不计入平均分，作者仍可见并标明已隐藏")
    @Idempotent
    @PostMapping("/{id}/hide")
    public ApiResponse<ReviewDetail> hide(@PathVariable long id, @Valid @RequestBody HideRequest r, StaffPrincipal by) {
        return ApiResponse.ok(reviews.hide(id, r.reason().strip(), Actor.staff(by)));
    }

    @Operation(summary = "恢复展示被隐藏的书评")
    @Idempotent
    @PostMapping("/{id}/restore")
    public ApiResponse<ReviewDetail> restore(@PathVariable long id, StaffPrincipal by) {
        return ApiResponse.ok(reviews.restore(id, Actor.staff(by)));
    }
}
