package com.taoshu.catalog;

import java.math.BigDecimal;

/** What a librarian (or an import row) says about a title; the ISBN in any accepted form. */
public record BookDraft(String isbn, String title, String author, String publisher, Integer publishYear, Long categoryId,
                        String summary, String coverUrl, BigDecimal price) {

    public BookDraft withCategory(Long newCategoryId) {
        return new BookDraft(isbn, title, author, publisher, publishYear, newCategoryId, summary, coverUrl, price);
    }

    /** A new title from this draft (version 0), not yet saved. */
    public Book newBook(Isbn parsed) {
        Book book = new Book();
        applyTo(book, parsed);
        book.setVersion(0);
        return book;
    }

    void applyTo(Book book, Isbn parsed) {
        book.setIsbn(parsed.value());
        book.setTitle(title.trim());
        book.setAuthor(author.trim());
        book.setPublisher(blankToNull(publisher));
        book.setPublishYear(publishYear);
        book.setCategoryId(categoryId);
        book.setSummary(blankToNull(summary));
        book.setCoverUrl(blankToNull(coverUrl));
        book.setPriceFen(Book.toFen(price));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
