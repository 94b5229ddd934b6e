package com.taoshu.catalog.search;

import com.taoshu.catalog.Book;
import com.taoshu.catalog.internal.BookMapper;
import com.taoshu.catalog.BookView;
import com.taoshu.catalog.BookViews;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.catalog.search.internal.BookIndex;
import com.taoshu.catalog.search.internal.BookQueries;
import com.taoshu.catalog.search.internal.Highlights;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Readers' catalog search and title page. The query runs on this instance's Lucene index ({@link SearchIndexSync}):
 * an ISBN in any form, the title, the author or the publisher in Chinese (simplified or traditional, whole or in
 * part), the title or author in pinyin (with or without spaces, any reading of a polyphonic character) or pinyin
 * initials. Ranked by {@link SearchMatch} tier, then copies on the shelf at the chosen branch, then id; empty query:
 * newest first. The page's titles and their stock are then read from the database, so what a reader sees is current
 * even if the index's availability is a few seconds behind.
 */
@Service
public class BookSearchService {

    private final SearchIndexSync sync;
    private final BookMapper bookMapper;
    private final BookViews views;

    public BookSearchService(SearchIndexSync sync, BookMapper bookMapper, BookViews views) {
        this.sync = sync;
        this.bookMapper = bookMapper;
        this.views = views;
    }

    public record BookQuery(String q, Long categoryId, Long branchId, boolean availableOnly) {
    }

    public PageResult<BookHit> search(BookQuery query, PageQuery page) {
        BookIndex index = sync.index();
        BookIndex.Hits hits = index.search(query.q(),
                new BookQueries.Filters(query.categoryId(), query.branchId(), query.availableOnly()),
                query.branchId(), page.offset(), page.size());
        if (hits.hits().isEmpty()) {
            return PageResult.of(List.of(), hits.total(), page);
        }
        List<Long> ids = hits.hits().stream().map(BookIndex.Hit::bookId).toList();
        Map<Long, Book> rows = bookMapper.selectByIds(ids).stream()
                .collect(Collectors.toMap(Book::getId, Function.identity()));
        List<Book> books = new ArrayList<>(ids.size());
        List<SearchMatch> matches = new ArrayList<>(ids.size());
        for (BookIndex.Hit hit : hits.hits()) {
            Book book = rows.get(hit.bookId());
            if (book != null) {  // deleted since the index last heard of it
                books.add(book);
                matches.add(query.q() == null || query.q().isBlank() ? SearchMatch.NONE : SearchMatch.ofScore(hit.score()));
            }
        }
        List<BookView> found = views.of(books, true);
        List<BookHit> result = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            BookView view = found.get(i);
            SearchMatch match = matches.get(i);
            result.add(new BookHit(view, match, Highlights.mark(view.title(), query.q(), match, false),
                    Highlights.mark(view.author(), query.q(), match, true)));
        }
        return PageResult.of(result, hits.total(), page);
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
