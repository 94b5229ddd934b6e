package com.taoshu.app;

import com.taoshu.catalog.CategoryService;
import com.taoshu.catalog.CategoryView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.security.PublicApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "图书分类")
@RestController
@RequestMapping("/api/app/categories")
@PublicApi
public class CategoryController {

    private final CategoryService categoryService;

    public CategoryController(CategoryService categoryService) {
        this.categoryService = categoryService;
    }

    @Operation(summary = "全部分类")
    @GetMapping
    public ApiResponse<List<CategoryView>> list() {
        return ApiResponse.ok(categoryService.list());
    }
}
