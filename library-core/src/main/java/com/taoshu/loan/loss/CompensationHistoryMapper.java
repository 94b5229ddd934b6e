package com.taoshu.loan.loss;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CompensationHistoryMapper extends BaseMapper<CompensationHistory> {
}
