package com.taoshu.review.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface BookReviewHistoryMapper extends BaseMapper<BookReviewHistory> {
}
