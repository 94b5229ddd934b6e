package com.taoshu.shared.api;

import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Paging parameters {@code page} (from 1) and {@code size} (1..100), bound from the query string. */
public record PageQuery(
        @Min(value = 1, message = "页码必须从1开始") Integer page,
        @Min(value = 1, message = "每页条数至少为1") @Max(value = 100, message = "每页条数不能超过100") Integer size) {

    public PageQuery {
        page = page == null ? 1 : page;
        size = size == null ? 20 : size;
    }

    public static PageQuery first(int size) {
        return new PageQuery(1, size);
    }

    public <T> Page<T> toPage() {
        return Page.of(page, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
