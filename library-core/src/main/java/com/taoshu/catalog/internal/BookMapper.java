package com.taoshu.catalog.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.catalog.Book;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface BookMapper extends BaseMapper<Book> {

    /** Deletes the title only if it has no copies at all (one statement, so a concurrent copy insert cannot slip in). */
    int deleteIfNoCopies(@Param("id") long id);
}
