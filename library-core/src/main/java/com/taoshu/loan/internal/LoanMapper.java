package com.taoshu.loan.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.loan.Loan;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface LoanMapper extends BaseMapper<Loan> {
}
