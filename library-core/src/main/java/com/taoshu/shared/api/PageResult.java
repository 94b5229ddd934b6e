package com.taoshu.shared.api;

import com.baomidou.mybatisplus.core.metadata.IPage;
import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {records,total,page,size}}. */
public record PageResult<T>(List<T> records, long total, long page, long size) {

    public static <E, T> PageResult<T> of(IPage<E> page, Function<E, T> mapper) {
        return new PageResult<>(page.getRecords().stream().map(mapper).toList(), page.getTotal(), page.getCurrent(), page.getSize());
    }

    public static <T> PageResult<T> of(List<T> records, long total, PageQuery query) {
        return new PageResult<>(records, total, query.page(), query.size());
    }
}
