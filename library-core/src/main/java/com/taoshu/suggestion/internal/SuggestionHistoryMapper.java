package com.taoshu.suggestion.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SuggestionHistoryMapper extends BaseMapper<SuggestionHistory> {
}
