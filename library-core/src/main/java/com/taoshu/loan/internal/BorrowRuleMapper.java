package com.taoshu.loan.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.loan.BorrowRule;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface BorrowRuleMapper extends BaseMapper<BorrowRule> {
}
