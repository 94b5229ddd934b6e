package com.taoshu.catalog.search;

import com.taoshu.catalog.Book;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** SQL behind {@link BookSearchService}: relevance ranking by CASE, then available copies (mapper/catalog/BookSearchMapper.xml). */
@Mapper
public interface BookSearchMapper {

    List<Book> search(@Param("f") SearchCriteria criteria, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("f") SearchCriteria criteria);
}
