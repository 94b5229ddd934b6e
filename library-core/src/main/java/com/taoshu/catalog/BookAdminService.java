package com.taoshu.catalog;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.catalog.internal.BookCopyMapper;
import com.taoshu.catalog.internal.BookMapper;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Librarians' work on titles (书目): list, detail with copies per branch, create, edit (optimistic), delete. */
@Service
public class BookAdminService {

    private final BookMapper bookMapper;
    private final BookCopyMapper copyMapper;
    private final BookViews views;
    private final CategoryService categories;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public BookAdminService(BookMapper bookMapper, BookCopyMapper copyMapper, BookViews views, CategoryService categories,
                            Clock clock, ApplicationEventPublisher events) {
        this.bookMapper = bookMapper;
        this.copyMapper = copyMapper;
        this.views = views;
        this.categories = categories;
        this.clock = clock;
        this.events = events;
    }

    /** A title's copies at one branch. */
    public record BranchCopies(long branchId, String branchName, int totalCopies, int availableCopies, List<CopyView> copies) {
    }

    public record BookDetail(BookView book, List<BranchCopies> branches) {
    }

    /** Filter of the librarians' title list (and the export): q = ISBN in any form, or part of title/author/publisher. */
    public record BookFilter(String q, Long categoryId) {

        public LambdaQueryWrapper<Book> toQuery() {
            LambdaQueryWrapper<Book> query = Wrappers.<Book>lambdaQuery()
                    .eq(categoryId != null, Book::getCategoryId, categoryId)
                    .orderByDesc(Book::getId);
            String text = q == null ? "" : q.trim();
            if (!text.isEmpty()) {
                var isbn = Isbn.tryParse(text);
                if (isbn.isPresent()) {
                    query.eq(Book::getIsbn, isbn.get().value());
                } else {
                    query.and(w -> w.like(Book::getTitle, text).or().like(Book::getAuthor, text)
                            .or().like(Book::getPublisher, text));
                }
            }
            return query;
        }
    }

    public PageResult<BookView> list(BookFilter filter, PageQuery page) {
        Page<Book> result = bookMapper.selectPage(page.toPage(), filter.toQuery());
        return new PageResult<>(views.of(result.getRecords(), false), result.getTotal(), result.getCurrent(), result.getSize());
    }

    public BookDetail detail(long id) {
        Book book = get(id);
        BookView view = views.of(book, false);
        List<BookCopy> copies = copyMapper.selectList(Wrappers.<BookCopy>lambdaQuery()
                .eq(BookCopy::getBookId, id).orderByAsc(BookCopy::getBranchId).orderByAsc(BookCopy::getId));
        Map<Long, List<CopyView>> byBranch = new LinkedHashMap<>();
        copies.forEach(c -> byBranch.computeIfAbsent(c.getBranchId(), k -> new ArrayList<>()).add(CopyView.of(c)));
        Map<Long, BranchAvailability> stock = new LinkedHashMap<>();
        view.branches().forEach(a -> stock.put(a.branchId(), a));
        List<BranchCopies> branches = new ArrayList<>();
        byBranch.forEach((branchId, list) -> {
            BranchAvailability a = stock.get(branchId);
            branches.add(new BranchCopies(branchId, a == null ? null : a.branchName(), a == null ? 0 : a.totalCopies(),
                    a == null ? 0 : a.availableCopies(), list));
        });
        return new BookDetail(view, branches);
    }

    @Transactional
    public BookView create(BookDraft draft) {
        Isbn isbn = Isbn.parse(draft.isbn());
        categories.checkExists(draft.categoryId());
        Book book = draft.newBook(isbn);
        try {
            bookMapper.insert(book);
        } catch (DuplicateKeyException e) {
            throw isbnTaken(isbn);
        }
        events.publishEvent(new BookChanged(book.getId()));
        return views.of(bookMapper.selectById(book.getId()), false);
    }

    /** Saves the draft if the title is still at {@code version}; otherwise someone else edited it first (409). */
    @Transactional
    public BookView update(long id, BookDraft draft, int version) {
        Book current = get(id);
        Isbn isbn = Isbn.parse(draft.isbn());
        categories.checkExists(draft.categoryId());
        Book changed = new Book();
        draft.applyTo(changed, isbn);
        int rows;
        try {
            rows = bookMapper.update(null, Wrappers.<Book>lambdaUpdate()
                    .set(Book::getIsbn, changed.getIsbn())
                    .set(Book::getTitle, changed.getTitle())
                    .set(Book::getAuthor, changed.getAuthor())
                    .set(Book::getPublisher, changed.getPublisher())
                    .set(Book::getPublishYear, changed.getPublishYear())
                    .set(Book::getCategoryId, changed.getCategoryId())
                    .set(Book::getSummary, changed.getSummary())
                    .set(Book::getCoverUrl, changed.getCoverUrl())
                    .set(Book::getPriceFen, changed.getPriceFen())
                    .set(Book::getVersion, version + 1)
                    .set(Book::getUpdatedAt, LocalDateTime.now(clock))
                    .eq(Book::getId, current.getId())
                    .eq(Book::getVersion, version));
        } catch (DuplicateKeyException e) {
            throw isbnTaken(isbn);
        }
        if (rows == 0) {
            throw CatalogErrorCode.BOOK_CHANGED.exception();
        }
        events.publishEvent(new BookChanged(id));
        return views.of(get(id), false);
    }

    /** Only a title without any copy can go (withdraw copies instead of deleting history). */
    @Transactional
    public void delete(long id) {
        get(id);
        if (bookMapper.deleteIfNoCopies(id) == 0) {
            throw CatalogErrorCode.BOOK_HAS_COPIES.exception();
        }
        events.publishEvent(new BookChanged(id));
    }

    Book get(long id) {
        Book book = bookMapper.selectById(id);
        if (book == null) {
            throw CatalogErrorCode.BOOK_NOT_FOUND.exception();
        }
        return book;
    }

    private static RuntimeException isbnTaken(Isbn isbn) {
        return CatalogErrorCode.ISBN_TAKEN.exception("ISBN " + isbn.value() + " 的书目已存在，请在原书目下添加复本");
    }
}
