package com.taoshu.app;

import com.taoshu.review.BookReview;
import com.taoshu.review.ReviewService;
import com.taoshu.review.ReviewService.BookReviews;
import com.taoshu.review.ReviewService.ReviewView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.PublicApi;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "书评")
@RestController
@RequestMapping("/api/app")
public class BookReviewController {

    private final ReviewService reviews;

    public BookReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    public record ReviewRequest(
            @NotNull(message = "请选择评分") @Min(value = 1, message = "评分应为1到5星") @Max(value = 5, message = "评分应为1到5星")
            Integer rating,
            @Size(max = BookReview.MAX_CONTENT, message = "书评不能超过1000个字") String content) {
    }

    @Operation(summary = "一本书的书评（分页）及平均评分、评价人数；被隐藏的书评不展示也不计入平均分")
    @PublicApi
    @GetMapping("/books/{id}/reviews")
    public ApiResponse<BookReviews> forBook(@PathVariable long id, @Valid PageQuery page) {
        return ApiResponse.ok(reviews.forBook(id, page));
    }

    @Operation(summary = "发表书评：借阅过这本书才能评价，每本书一条")
    @Idempotent
    @PostMapping("/books/{id}/reviews")
    public ApiResponse<ReviewView> write(ReaderId reader, @PathVariable long id, @Valid @RequestBody ReviewRequest r) {
        return ApiResponse.ok(reviews.write(reader, id, new ReviewService.Draft(r.rating(), r.content())));
    }

    @Operation(summary = "修改自己的书评")
    @Idempotent
    @PutMapping("/reviews/{id}")
    public ApiResponse<ReviewView> edit(ReaderId reader, @PathVariable long id, @Valid @RequestBody ReviewRequest r) {
        return ApiResponse.ok(reviews.edit(reader, id, new ReviewService.Draft(r.rating(), r.content())));
    }

    @Operation(summary = "我的评论：自己发表的书评（含被隐藏的，标明状态）")
    @GetMapping("/me/reviews")
    public ApiResponse<PageResult<ReviewView>> mine(ReaderId reader, @Valid PageQuery page) {
        return ApiResponse.ok(reviews.mine(reader, page));
    }
}
