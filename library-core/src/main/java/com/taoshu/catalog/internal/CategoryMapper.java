package com.taoshu.catalog.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.catalog.Category;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CategoryMapper extends BaseMapper<Category> {

    /** Deletes the category only if no title and no sub-category uses it (one statement, no check-then-act). */
    int deleteIfUnused(@Param("id") long id);
}
