package com.taoshu.reader.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.reader.ReaderCardHistory;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ReaderCardHistoryMapper extends BaseMapper<ReaderCardHistory> {
}
