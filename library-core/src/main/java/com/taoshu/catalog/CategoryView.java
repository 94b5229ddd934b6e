package com.taoshu.catalog;

public record CategoryView(long id, String name, Long parentId, int sortOrder) {

    public static CategoryView of(Category c) {
        return new CategoryView(c.getId(), c.getName(), c.getParentId(), c.getSortOrder() == null ? 0 : c.getSortOrder());
    }
}
