package com.taoshu.catalog;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.internal.CategoryMapper;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Categories (分类): listed by everyone, edited by librarians; deleting one that titles still use is refused. */
@Service
public class CategoryService {

    private final CategoryMapper categoryMapper;

    public CategoryService(CategoryMapper categoryMapper) {
        this.categoryMapper = categoryMapper;
    }

    public record CategoryDraft(String name, Long parentId, Integer sortOrder) {
    }

    public List<CategoryView> list() {
        return categoryMapper.selectList(Wrappers.<Category>lambdaQuery()
                        .orderByAsc(Category::getSortOrder).orderByAsc(Category::getId))
                .stream().map(CategoryView::of).toList();
    }

    @Transactional
    public CategoryView create(CategoryDraft draft) {
        checkParent(null, draft.parentId());
        Category category = Category.named(draft.name().trim(), draft.parentId(),
                draft.sortOrder() == null ? 0 : draft.sortOrder());
        insert(category);
        return CategoryView.of(category);
    }

    @Transactional
    public CategoryView update(long id, CategoryDraft draft) {
        Category category = get(id);
        if (draft.name() != null) {
            category.setName(draft.name().trim());
        }
        if (draft.parentId() != null) {
            checkParent(id, draft.parentId());
            category.setParentId(draft.parentId());
        }
        if (draft.sortOrder() != null) {
            category.setSortOrder(draft.sortOrder());
        }
        try {
            categoryMapper.updateById(category);
        } catch (DuplicateKeyException e) {
            throw nameTaken(category.getName());
        }
        return CategoryView.of(category);
    }

    @Transactional
    public void delete(long id) {
        get(id);
        if (categoryMapper.deleteIfUnused(id) == 1) {
            return;
        }
        boolean hasChildren = categoryMapper.exists(Wrappers.<Category>lambdaQuery().eq(Category::getParentId, id));
        throw (hasChildren ? CatalogErrorCode.CATEGORY_HAS_CHILDREN : CatalogErrorCode.CATEGORY_IN_USE).exception();
    }

    /** The category of this name, created (top level) if there is none yet; used by the Excel import. */
    @Transactional
    public Category findOrCreate(String name) {
        String trimmed = name.trim();
        Category existing = byName(trimmed);
        if (existing != null) {
            return existing;
        }
        Category created = Category.named(trimmed, null, 0);
        try {
            categoryMapper.insert(created);
            return created;
        } catch (DuplicateKeyException e) {
            // created concurrently: a locking read sees the committed row (a plain read could be an older snapshot)
            return Objects.requireNonNull(categoryMapper.selectOne(Wrappers.<Category>lambdaQuery()
                    .eq(Category::getName, trimmed).last("FOR UPDATE")), "category created concurrently but not visible");
        }
    }

    /** Checks a category id given on a title. */
    public void checkExists(Long id) {
        if (id != null && categoryMapper.selectById(id) == null) {
            throw CatalogErrorCode.CATEGORY_INVALID.exception();
        }
    }

    private Category byName(String name) {
        return categoryMapper.selectOne(Wrappers.<Category>lambdaQuery().eq(Category::getName, name));
    }

    private Category get(long id) {
        Category c = categoryMapper.selectById(id);
        if (c == null) {
            throw CatalogErrorCode.CATEGORY_NOT_FOUND.exception();
        }
        return c;
    }

    private void checkParent(Long selfId, Long parentId) {
        if (parentId != null && (parentId.equals(selfId) || categoryMapper.selectById(parentId) == null)) {
            throw CatalogErrorCode.CATEGORY_PARENT_INVALID.exception();
        }
    }

    private void insert(Category category) {
        try {
            categoryMapper.insert(category);
        } catch (DuplicateKeyException e) {
            throw nameTaken(category.getName());
        }
    }

    private static RuntimeException nameTaken(String name) {
        return CatalogErrorCode.CATEGORY_NAME_TAKEN.exception("分类「" + name + "」已存在");
    }
}
