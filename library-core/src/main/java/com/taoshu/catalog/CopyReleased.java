package com.taoshu.catalog;

/**
 * A copy went back to AVAILABLE at a branch (a loan returned, a held copy let go by a rejected or cancelled order line).
 * Published inside that transaction; reservations hand the copy to the next reader in the title's queue in the same
 * transaction, so a returned copy never sits on the shelf while someone waits for it.
 */
public record CopyReleased(long copyId, long bookId, long branchId) {
}
