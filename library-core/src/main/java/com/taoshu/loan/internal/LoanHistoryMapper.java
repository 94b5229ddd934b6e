package com.taoshu.loan.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface LoanHistoryMapper extends BaseMapper<LoanHistory> {
}
