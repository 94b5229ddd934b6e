package com.taoshu.app;

import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.suggestion.Suggestion;
import com.taoshu.suggestion.SuggestionService;
import com.taoshu.suggestion.SuggestionViews.SuggestionView;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "阅读建议与荐购")
@RestController
@RequestMapping("/api/app")
public class SuggestionController {

    private final SuggestionService suggestions;

    public SuggestionController(SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    public record SuggestionRequest(
            @NotNull(message = "请选择建议类别") Suggestion.Category category,
            @NotBlank(message = "请填写建议内容") @Size(max = 1000, message = "建议内容不能超过1000个字") String content) {
    }

    public record PurchaseRequest(
            @Size(max = 20, message = "ISBN过长") String isbn,
            @Size(max = 255, message = "书名不能超过255个字") String title,
            @Size(max = 255, message = "作者不能超过255个字") String author,
            @Size(max = 1000, message = "荐购理由不能超过1000个字") String reason,
            @Positive(message = "分馆不正确") Long branchId) {
    }

    @Operation(summary = "提交阅读建议（类别：SERVICE 服务 / COLLECTION 馆藏 / OTHER 其他）")
    @Idempotent
    @PostMapping("/suggestions")
    public ApiResponse<SuggestionView> suggest(ReaderId reader, @Valid @RequestBody SuggestionRequest r) {
        return ApiResponse.ok(suggestions.suggest(reader, r.category(), r.content()));
    }

    @Operation(summary = "荐购：填写 ISBN，或书名和作者，及荐购理由；到馆后自动为你预约")
    @Idempotent
    @PostMapping("/purchase-requests")
    public ApiResponse<SuggestionView> requestPurchase(ReaderId reader, @Valid @RequestBody PurchaseRequest r) {
        return ApiResponse.ok(suggestions.requestPurchase(reader,
                new SuggestionService.PurchaseDraft(r.isbn(), r.title(), r.author(), r.reason(), r.branchId())));
    }

    @Operation(summary = "我的建议与荐购（type=SUGGESTION / PURCHASE 可筛选），含处理状态和馆员回复")
    @GetMapping("/suggestions")
    public ApiResponse<PageResult<SuggestionView>> mine(ReaderId reader, @RequestParam(required = false) Suggestion.Type type,
                                                        @Valid PageQuery page) {
        return ApiResponse.ok(suggestions.mine(reader, type, page));
    }

    @Operation(summary = "建议或荐购详情：状态变化与馆员回复")
    @GetMapping("/suggestions/{id}")
    public ApiResponse<SuggestionView> detail(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(suggestions.detail(reader, id));
    }

    @Operation(summary = "撤回尚未处理的建议或荐购")
    @Idempotent
    @PostMapping("/suggestions/{id}/withdraw")
    public ApiResponse<SuggestionView> withdraw(ReaderId reader, @PathVariable long id) {
        return ApiResponse.ok(suggestions.withdraw(reader, id));
    }
}
