package com.taoshu.stocktake.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StockTakeHistoryMapper extends BaseMapper<StockTakeHistory> {
}
