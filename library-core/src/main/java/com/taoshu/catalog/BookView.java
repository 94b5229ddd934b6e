package com.taoshu.catalog;

import com.taoshu.shared.time.Times;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** A title as shown in lists and details, with its copies per branch. {@code version} is sent back on update. */
public record BookView(long id, String isbn, String title, String author, String publisher, Integer publishYear,
                       Long categoryId, String categoryName, String summary, String coverUrl, BigDecimal price,
                       int totalCopies, int availableCopies, List<BranchAvailability> branches, int version,
                       OffsetDateTime createdAt) {

    static BookView of(Book b, String categoryName, List<BranchAvailability> branches) {
        int total = branches.stream().mapToInt(BranchAvailability::totalCopies).sum();
        int available = branches.stream().mapToInt(BranchAvailability::availableCopies).sum();
        return new BookView(b.getId(), b.getIsbn(), b.getTitle(), b.getAuthor(), b.getPublisher(), b.getPublishYear(),
                b.getCategoryId(), categoryName, b.getSummary(), b.getCoverUrl(), b.price(), total, available, branches,
                b.getVersion() == null ? 0 : b.getVersion(), Times.toOffset(b.getCreatedAt()));
    }
}
