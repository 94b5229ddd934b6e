package com.taoshu.catalog.search;

import com.taoshu.catalog.Isbn;

/**
 * The readers' query as the SQL sees it: an exact {@code isbn} when q parses as one, else {@code like} (q with LIKE
 * wildcards escaped) for title/author/publisher; neither for an empty q (newest first). A class with getters because
 * MyBatis reads it by property name.
 */
public final class SearchCriteria {

    private final String q;
    private final String isbn;
    private final String like;
    private final Long categoryId;
    private final Long branchId;
    private final boolean availableOnly;

    SearchCriteria(String rawQ, Long categoryId, Long branchId, boolean availableOnly) {
        String text = rawQ == null ? "" : rawQ.trim();
        this.q = text.isEmpty() ? null : text;
        this.isbn = q == null ? null : Isbn.tryParse(q).map(Isbn::value).orElse(null);
        this.like = q == null || isbn != null ? null : escapeLike(q);
        this.categoryId = categoryId;
        this.branchId = branchId;
        this.availableOnly = availableOnly;
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public String getQ() { return q; }
    public String getIsbn() { return isbn; }
    public String getLike() { return like; }
    public Long getCategoryId() { return categoryId; }
    public Long getBranchId() { return branchId; }
    public boolean isAvailableOnly() { return availableOnly; }
}
