package com.taoshu.app;

import com.taoshu.catalog.BookView;
import com.taoshu.recommend.RecommendationService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.ReaderId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 猜你喜欢 and 借过这本书的人也借了. Always for the signed-in reader: no reader id is taken from the request. */
@Tag(name = "推荐")
@RestController
public class RecommendationController {

    private final RecommendationService recommendations;

    public RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @Operation(summary = "猜你喜欢：按借阅历史推荐（不填 branchId 用读者所属分馆，本馆有书的排前面；没借过书时为空）")
    @GetMapping("/api/app/recommendations")
    public ApiResponse<RecommendationService.Recommended> mine(ReaderId reader,
                                                              @RequestParam(required = false) Long branchId,
                                                              @RequestParam(defaultValue = "10") @Min(1) @Max(30) int limit) {
        return ApiResponse.ok(recommendations.mine(reader, branchId, limit));
    }

    @Operation(summary = "借过这本书的人也借了：相似书目与各分馆可借数（本馆有书的排前面）")
    @GetMapping("/api/app/books/{id}/also-borrowed")
    public ApiResponse<List<BookView>> alsoBorrowed(ReaderId reader, @PathVariable long id,
                                                    @RequestParam(required = false) Long branchId,
                                                    @RequestParam(defaultValue = "10") @Min(1) @Max(30) int limit) {
        return ApiResponse.ok(recommendations.alsoBorrowed(reader, id, branchId, limit));
    }
}
