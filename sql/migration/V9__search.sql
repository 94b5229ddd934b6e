-- The search index's catch-up (every few seconds per app instance) reads what changed since its last run: books and
-- copies by updated_at. Without these it scans both tables each time.
CREATE INDEX idx_book_updated ON book (updated_at);
CREATE INDEX idx_copy_updated ON book_copy (updated_at);
