package com.taoshu.catalog;

/**
 * A title or its copies changed (created, edited, deleted, copies added, moved or re-statused by a librarian, imported).
 * Published inside the change's transaction; listeners that must see the committed row react after commit (the
 * readers' search re-indexes the title on every instance).
 */
public record BookChanged(long bookId) {
}
