package com.taoshu.admin;

import com.taoshu.catalog.BookAdminService;
import com.taoshu.catalog.BookDraft;
import com.taoshu.catalog.BookView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.error.CommonErrorCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "书目管理")
@RestController
@RequestMapping("/api/admin/books")
public class BookAdminController {

    private final BookAdminService bookService;

    public BookAdminController(BookAdminService bookService) {
        this.bookService = bookService;
    }

    public record BookRequest(
            @NotBlank(message = "ISBN不能为空") @Size(max = 20, message = "ISBN过长") String isbn,
            @NotBlank(message = "书名不能为空") @Size(max = 255, message = "书名不能超过255个字") String title,
            @NotBlank(message = "作者不能为空") @Size(max = 255, message = "作者不能超过255个字") String author,
            @Size(max = 128, message = "出版社不能超过128个字") String publisher,
            @Min(value = 1000, message = "出版年应在1000到2100之间")
            @Max(value = 2100, message = "出版年应在1000到2100之间") Integer publishYear,
            @Positive(message = "分类不正确") Long categoryId,
            @Size(max = 5000, message = "简介不能超过5000个字") String summary,
            @Size(max = 512, message = "封面地址不能超过512个字符") String coverUrl,
            @DecimalMin(value = "0", message = "价格不能为负数")
            @Digits(integer = 6, fraction = 2, message = "价格最多6位整数、2位小数") BigDecimal price,
            @Min(value = 0, message = "版本号不正确") Integer version) {

        BookDraft toDraft() {
            return new BookDraft(isbn, title, author, publisher, publishYear, categoryId, summary, coverUrl, price);
        }
    }

    @Operation(summary = "书目列表：q 为 ISBN（任意格式）或书名/作者/出版社关键词，可按分类筛选")
    @GetMapping
    public ApiResponse<PageResult<BookView>> list(@RequestParam(required = false) @Size(max = 64, message = "关键词过长") String q,
                                                  @RequestParam(required = false) Long categoryId,
                                                  @Valid PageQuery page) {
        return ApiResponse.ok(bookService.list(new BookAdminService.BookFilter(q, categoryId), page));
    }

    @Operation(summary = "书目详情：各分馆的复本")
    @GetMapping("/{id}")
    public ApiResponse<BookAdminService.BookDetail> detail(@PathVariable long id) {
        return ApiResponse.ok(bookService.detail(id));
    }

    @Operation(summary = "新建书目（ISBN 统一转为13位；重复 ISBN 返回409）")
    @Idempotent
    @PostMapping
    public ApiResponse<BookView> create(@Valid @RequestBody BookRequest r) {
        return ApiResponse.ok(bookService.create(r.toDraft()));
    }

    @Operation(summary = "修改书目：须带上读取时的 version，期间被他人修改则返回409")
    @Idempotent
    @PutMapping("/{id}")
    public ApiResponse<BookView> update(@PathVariable long id, @Valid @RequestBody BookRequest r) {
        if (r.version() == null) {
            throw CommonErrorCode.VALIDATION_FAILED.exception("版本号不能为空");
        }
        return ApiResponse.ok(bookService.update(id, r.toDraft(), r.version()));
    }

    @Operation(summary = "删除书目（仅当没有任何复本时）")
    @Idempotent
    @DeleteMapping("/{id}")
    public ApiResponse<Void> delete(@PathVariable long id) {
        bookService.delete(id);
        return ApiResponse.ok();
    }
}
