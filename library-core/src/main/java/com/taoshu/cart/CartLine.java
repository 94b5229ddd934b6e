package com.taoshu.cart;

import java.time.LocalDateTime;

/** A title in the reader's borrowing cart, with the copies still free at its branch. */
public record CartLine(long id, long bookId, String title, String author, String isbn, String coverUrl, long branchId,
                       String branchName, int availableCopies, LocalDateTime createdAt) {
}
