package com.taoshu.app;

import com.taoshu.catalog.BookView;
import com.taoshu.catalog.search.BookHit;
import com.taoshu.catalog.search.BookSearchService;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.PublicApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "图书检索")
@RestController
@RequestMapping("/api/app/books")
@PublicApi
public class BookController {

    private final BookSearchService searchService;

    public BookController(BookSearchService searchService) {
        this.searchService = searchService;
    }

    @Operation(summary = "检索图书：ISBN（任意格式）、书名、作者、出版社（简体或繁体、全部或部分）、书名/作者的全拼（可带空格）或拼音首字母；"
            + "按匹配程度排序，同等匹配时所选分馆有可借的在前；titleHighlight/authorHighlight 用 <em> 标出命中部分；q 为空时按新书上架排序")
    @GetMapping
    public ApiResponse<PageResult<BookHit>> search(@RequestParam(required = false) @Size(max = 64, message = "搜索词不能超过64个字") String q,
                                                    @RequestParam(required = false) Long categoryId,
                                                    @RequestParam(required = false) Long branchId,
                                                    @RequestParam(required = false, defaultValue = "false") boolean availableOnly,
                                                    @Valid PageQuery page) {
        return ApiResponse.ok(searchService.search(new BookSearchService.BookQuery(q, categoryId, branchId, availableOnly), page));
    }

    @Operation(summary = "图书详情：各分馆馆藏与可借数")
    @GetMapping("/{id}")
    public ApiResponse<BookView> detail(@PathVariable long id) {
        return ApiResponse.ok(searchService.detail(id));
    }
}
