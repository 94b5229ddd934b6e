package com.taoshu.catalog;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import com.taoshu.catalog.internal.BookCopyMapper;
import com.taoshu.catalog.internal.BookMapper;
import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.shared.security.BranchScope;
import com.taoshu.shared.security.StaffPrincipal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Librarians' work on copies (复本): add copies to a branch, set status by hand, shelf location, transfer. HELD and
 * ON_LOAN belong to orders and loans, so every change is a conditional update on the status read.
 */
@Service
public class CopyAdminService {

    /** Generated barcodes: "TS" + 10 digits (the demo data uses TS + 8 digits, so they never collide). */
    private static final int GENERATED_DIGITS = 10;
    private static final int MAX_BARCODE_ATTEMPTS = 5;

    private final BookCopyMapper copyMapper;
    private final BookMapper bookMapper;
    private final Branches branches;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    public CopyAdminService(BookCopyMapper copyMapper, BookMapper bookMapper, Branches branches, Clock clock,
                            ApplicationEventPublisher events) {
        this.copyMapper = copyMapper;
        this.bookMapper = bookMapper;
        this.branches = branches;
        this.clock = clock;
        this.events = events;
    }

    public record CopyFilter(Long bookId, Long branchId, CopyStatus status) {
    }

    /** {@code barcodes} empty = generate {@code count} unique ones; else exactly {@code count} distinct barcodes. */
    public record NewCopies(long branchId, int count, List<String> barcodes, String shelfLocation) {
    }

    /** A librarian's own branch's copies (another branch asked for is 403); an ADMIN's of any branch or all. */
    public PageResult<CopyView> list(CopyFilter filter, StaffPrincipal by, PageQuery page) {
        Long branchId = BranchScope.list(by, filter.branchId());
        Page<BookCopy> result = copyMapper.selectPage(page.toPage(), Wrappers.<BookCopy>lambdaQuery()
                .eq(filter.bookId() != null, BookCopy::getBookId, filter.bookId())
                .eq(branchId != null, BookCopy::getBranchId, branchId)
                .eq(filter.status() != null, BookCopy::getStatus, filter.status())
                .orderByAsc(BookCopy::getBookId).orderByAsc(BookCopy::getId));
        return PageResult.of(result, CopyView::of);
    }

    /** New copies at a branch the staff member acts at (a librarian: their own; another is 403). */
    @Transactional
    public List<CopyView> add(long bookId, NewCopies request, StaffPrincipal by) {
        BranchScope.requireBranch(by, request.branchId());
        if (bookMapper.selectById(bookId) == null) {
            throw CatalogErrorCode.BOOK_NOT_FOUND.exception();
        }
        branches.findEnabled(request.branchId()).orElseThrow(CatalogErrorCode.BRANCH_INVALID::exception);
        List<String> given = request.barcodes() == null ? List.of()
                : request.barcodes().stream().map(String::trim).toList();
        if (!given.isEmpty() && (given.size() != request.count() || new HashSet<>(given).size() != given.size()
                || given.stream().anyMatch(String::isEmpty))) {
            throw CatalogErrorCode.BARCODES_MISMATCH.exception();
        }
        List<CopyView> added = new ArrayList<>(request.count());
        for (int i = 0; i < request.count(); i++) {
            BookCopy copy = given.isEmpty()
                    ? insertWithGeneratedBarcode(bookId, request.branchId(), request.shelfLocation())
                    : insertWithBarcode(bookId, request.branchId(), given.get(i), request.shelfLocation());
            added.add(CopyView.of(copy));
        }
        events.publishEvent(new BookChanged(bookId));
        return added;
    }

    @Transactional
    public CopyView changeStatus(long copyId, CopyStatus target, StaffPrincipal by) {
        BookCopy copy = visible(by, copyId);
        copy.getStatus().checkManualChangeTo(target);
        if (copy.getStatus() == target) {
            return CopyView.of(copy);
        }
        if (copyMapper.changeStatus(copyId, copy.getStatus(), target, LocalDateTime.now(clock)) == 0) {
            throw CatalogErrorCode.COPY_CHANGED.exception();
        }
        events.publishEvent(new BookChanged(copy.getBookId()));
        return CopyView.of(get(copyId));
    }

    @Transactional
    public CopyView changeShelfLocation(long copyId, String shelfLocation, StaffPrincipal by) {
        visible(by, copyId);
        String location = shelfLocation == null || shelfLocation.isBlank() ? null : shelfLocation.trim();
        copyMapper.changeShelfLocation(copyId, location, LocalDateTime.now(clock));
        return CopyView.of(get(copyId));
    }

    /**
     * Moves an AVAILABLE copy to another branch (the conditional update loses to a concurrent order's hold). The copy must
     * be of a branch the staff member acts on; it may go to any enabled branch (the sending branch decides a transfer).
     */
    @Transactional
    public CopyView transfer(long copyId, long toBranchId, StaffPrincipal by) {
        BookCopy copy = visible(by, copyId);
        branches.findEnabled(toBranchId).orElseThrow(CatalogErrorCode.BRANCH_INVALID::exception);
        if (copy.getBranchId() == toBranchId) {
            throw CatalogErrorCode.COPY_SAME_BRANCH.exception();
        }
        if (copy.getStatus() != CopyStatus.AVAILABLE
                || copyMapper.transferAvailable(copyId, toBranchId, LocalDateTime.now(clock)) == 0) {
            throw CatalogErrorCode.COPY_NOT_TRANSFERABLE.exception(
                    "只有在架的复本才能调拨，该复本当前为「" + get(copyId).getStatus().label() + "」");
        }
        events.publishEvent(new BookChanged(copy.getBookId()));
        return CopyView.of(get(copyId));
    }

    private BookCopy insertWithBarcode(long bookId, long branchId, String barcode, String shelfLocation) {
        BookCopy copy = BookCopy.onShelf(bookId, branchId, barcode, blankToNull(shelfLocation));
        try {
            copyMapper.insert(copy);
        } catch (DuplicateKeyException e) {
            throw CatalogErrorCode.BARCODE_TAKEN.exception("条码号「" + barcode + "」已被使用");
        }
        return copy;
    }

    private BookCopy insertWithGeneratedBarcode(long bookId, long branchId, String shelfLocation) {
        for (int attempt = 1; ; attempt++) {
            BookCopy copy = BookCopy.onShelf(bookId, branchId, generateBarcode(), blankToNull(shelfLocation));
            try {
                copyMapper.insert(copy);
                return copy;
            } catch (DuplicateKeyException e) {
                // MySQL rolls back only the failed statement, so trying another barcode in the same transaction is safe
                if (attempt == MAX_BARCODE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private String generateBarcode() {
        StringBuilder sb = new StringBuilder("TS").append(1 + random.nextInt(9));
        for (int i = 1; i < GENERATED_DIGITS; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }

    /** A copy of another branch is "not found" to a librarian. */
    private BookCopy visible(StaffPrincipal by, long copyId) {
        return BranchScope.visible(by, copyMapper.selectById(copyId), BookCopy::getBranchId, CatalogErrorCode.COPY_NOT_FOUND);
    }

    private BookCopy get(long copyId) {
        BookCopy copy = copyMapper.selectById(copyId);
        if (copy == null) {
            throw CatalogErrorCode.COPY_NOT_FOUND.exception();
        }
        return copy;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
