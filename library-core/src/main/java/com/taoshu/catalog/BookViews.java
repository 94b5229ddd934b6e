package com.taoshu.catalog;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.internal.BookCopyMapper;
import com.taoshu.catalog.internal.BranchStockRow;
import com.taoshu.catalog.internal.CategoryMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a page of titles into {@link BookView}s with two grouped queries (categories, stock), never one per title. */
@Component
public class BookViews {

    private final BookCopyMapper copyMapper;
    private final CategoryMapper categoryMapper;

    public BookViews(BookCopyMapper copyMapper, CategoryMapper categoryMapper) {
        this.copyMapper = copyMapper;
        this.categoryMapper = categoryMapper;
    }

    /** @param enabledBranchesOnly readers see only enabled branches; librarians see all */
    public List<BookView> of(List<Book> books, boolean enabledBranchesOnly) {
        if (books.isEmpty()) {
            return List.of();
        }
        Map<Long, List<BranchAvailability>> stock = stock(books.stream().map(Book::getId).toList(), enabledBranchesOnly);
        Map<Long, String> categories = categoryNames(books.stream().map(Book::getCategoryId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        List<BookView> views = new ArrayList<>(books.size());
        for (Book b : books) {
            views.add(BookView.of(b, categories.get(b.getCategoryId()), stock.getOrDefault(b.getId(), List.of())));
        }
        return views;
    }

    public BookView of(Book book, boolean enabledBranchesOnly) {
        return of(List.of(book), enabledBranchesOnly).getFirst();
    }

    public Map<Long, List<BranchAvailability>> stock(List<Long> bookIds, boolean enabledBranchesOnly) {
        Map<Long, List<BranchAvailability>> byBook = new LinkedHashMap<>();
        if (bookIds.isEmpty()) {
            return byBook;
        }
        for (BranchStockRow row : copyMapper.stockByBookAndBranch(bookIds, enabledBranchesOnly)) {
            byBook.computeIfAbsent(row.getBookId(), k -> new ArrayList<>()).add(BranchAvailability.of(row));
        }
        return byBook;
    }

    private Map<Long, String> categoryNames(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            categoryMapper.selectList(Wrappers.<Category>lambdaQuery().in(Category::getId, ids))
                    .forEach(c -> names.put(c.getId(), c.getName()));
        }
        return names;
    }
}
