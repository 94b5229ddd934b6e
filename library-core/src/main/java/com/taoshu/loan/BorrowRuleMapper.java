package com.taoshu.loan;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface BorrowRuleMapper extends BaseMapper<BorrowRule> {
}
