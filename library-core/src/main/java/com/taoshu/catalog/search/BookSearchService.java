package com.taoshu.catalog.search;

import com.taoshu.catalog.Book;
import com.taoshu.catalog.BookMapper;
import com.taoshu.catalog.BookView;
import com.taoshu.catalog.BookViews;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Readers' catalog search and title page. The one place search lives, so a Lucene/pinyin index can replace the SQL
 * behind the same methods: q as an ISBN (any form) matches exactly; otherwise title/author/publisher contain q, ranked
 * exact title, title prefix, title contains, author, publisher, then available copies, then id. Empty q: newest first.
 */
@Service
public class BookSearchService {

    private final BookSearchMapper searchMapper;
    private final BookMapper bookMapper;
    private final BookViews views;

    public BookSearchService(BookSearchMapper searchMapper, BookMapper bookMapper, BookViews views) {
        this.searchMapper = searchMapper;
        this.bookMapper = bookMapper;
        this.views = views;
    }

    public record BookQuery(String q, Long categoryId, Long branchId, boolean availableOnly) {
    }

    public PageResult<BookView> search(BookQuery query, PageQuery page) {
        SearchCriteria criteria = new SearchCriteria(query.q(), query.categoryId(), query.branchId(), query.availableOnly());
        long total = searchMapper.count(criteria);
        List<Book> books = total == 0 || page.offset() >= total ? List.of()
                : searchMapper.search(criteria, page.offset(), page.size());
        return PageResult.of(views.of(books, true), total, page);
    }

    /** A title with its availability per (enabled) branch. */
    public BookView detail(long id) {
        Book book = bookMapper.selectById(id);
        if (book == null) {
            throw CatalogErrorCode.BOOK_NOT_FOUND.exception();
        }
        return views.of(book, true);
    }
}
