package com.taoshu.order;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Title look-up for messages ("《红楼梦》在该分馆已无可借复本"). */
@Mapper
public interface BookTitles {

    @Select("SELECT title FROM book WHERE id = #{bookId}")
    String title(@Param("bookId") long bookId);
}
