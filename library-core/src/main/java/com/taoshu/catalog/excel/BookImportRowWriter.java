package com.taoshu.catalog.excel;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.taoshu.catalog.Book;
import com.taoshu.catalog.BookChanged;
import com.taoshu.catalog.internal.BookMapper;
import com.taoshu.catalog.Branches;
import com.taoshu.catalog.CatalogErrorCode;
import com.taoshu.catalog.CategoryService;
import com.taoshu.catalog.CopyAdminService;
import com.taoshu.shared.security.StaffPrincipal;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes one validated import row, inside the transaction {@link BookImportService} opens for that row. */
@Component
class BookImportRowWriter {

    private final BookMapper bookMapper;
    private final CategoryService categories;
    private final CopyAdminService copies;
    private final Branches branches;
    private final ApplicationEventPublisher events;

    BookImportRowWriter(BookMapper bookMapper, CategoryService categories, CopyAdminService copies, Branches branches,
                        ApplicationEventPublisher events) {
        this.bookMapper = bookMapper;
        this.categories = categories;
        this.copies = copies;
        this.branches = branches;
        this.events = events;
    }

    void write(ImportRow row, StaffPrincipal by) {
        Book book = bookMapper.selectOne(Wrappers.<Book>lambdaQuery()
                .eq(Book::getIsbn, row.isbn().value()).last("FOR UPDATE"));
        if (book == null) {
            Long categoryId = row.categoryName() == null ? null : categories.findOrCreate(row.categoryName()).getId();
            book = row.draft().withCategory(categoryId).newBook(row.isbn());
            bookMapper.insert(book);
            events.publishEvent(new BookChanged(book.getId()));
        }
        if (row.copies() > 0) {
            long branchId = branches.findByCode(row.branchCode())
                    .orElseThrow(CatalogErrorCode.BRANCH_INVALID::exception).getId();
            copies.add(book.getId(), new CopyAdminService.NewCopies(branchId, row.copies(), List.of(), row.shelfLocation()), by);
        }
    }
}
