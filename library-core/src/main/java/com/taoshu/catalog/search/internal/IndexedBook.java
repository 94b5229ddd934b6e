package com.taoshu.catalog.search.internal;

import java.util.List;

/**
 * A title as the index holds it: the searchable text, the filters and the stock that ranks it.
 *
 * @param createdAtMillis epoch millis of {@code book.created_at} (new arrivals first on an empty query)
 * @param stock           per branch that holds copies: copies counting as holdings and copies on the shelf at an
 *                        enabled branch
 */
public record IndexedBook(long id, String isbn, String title, String author, String publisher, Long categoryId,
                          long createdAtMillis, List<BranchStock> stock) {

    public record BranchStock(long branchId, int holdings, int available) {
    }

    public int availableTotal() {
        return stock.stream().mapToInt(BranchStock::available).sum();
    }
}
