package com.taoshu.admin;

import com.taoshu.catalog.CategoryService;
import com.taoshu.catalog.CategoryView;
import com.taoshu.shared.api.ApiResponse;
import com.taoshu.shared.idempotency.Idempotent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "分类管理")
@RestController
@RequestMapping("/api/admin/categories")
public class CategoryAdminController {

    private final CategoryService categoryService;

    public CategoryAdminController(CategoryService categoryService) {
        this.categoryService = categoryService;
    }

    public record CreateCategoryRequest(
            @NotBlank(message = "分类名称不能为空") @Size(max = 64, message = "分类名称不能超过64个字") String name,
            @Positive(message = "上级分类不正确") Long parentId,
            @Min(value = 0, message = "排序不能为负数") Integer sortOrder) {
    }

    public record UpdateCategoryRequest(
            @Size(min = 1, max = 64, message = "分类名称长度应为1到64个字") String name,
            @Positive(message = "上级分类不正确") Long parentId,
            @Min(value = 0, message = "排序不能为负数") Integer sortOrder) {
    }

    @Operation(summary = "分类列表")
    @GetMapping
    public ApiResponse<List<CategoryView>> list() {
        return ApiResponse.ok(categoryService.list());
    }

    @Operation(summary = "新建分类")
    @Idempotent
    @PostMapping
    public ApiResponse<CategoryView> create(@Valid @RequestBody CreateCategoryRequest r) {
        return ApiResponse.ok(categoryService.create(new CategoryService.CategoryDraft(r.name(), r.parentId(), r.sortOrder())));
    }

    @Operation(summary = "修改分类")
    @Idempotent
    @PutMapping("/{id}")
    public ApiResponse<CategoryView> update(@PathVariable long id, @Valid @RequestBody UpdateCategoryRequest r) {
        return ApiResponse.ok(categoryService.update(id, new CategoryService.CategoryDraft(r.name(), r.parentId(), r.sortOrder())));
    }

    @Operation(summary = "删除分类（仍有书目或子分类时拒绝）")
    @Idempotent
    @DeleteMapping("/{id}")
    public ApiResponse<Void> delete(@PathVariable long id) {
        categoryService.delete(id);
        return ApiResponse.ok();
    }
}
