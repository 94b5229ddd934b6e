package com.taoshu.reader.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReaderCardHistoryMapper extends BaseMapper<ReaderCardHistory> {
}
