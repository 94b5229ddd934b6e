package com.taoshu.catalog.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.catalog.Branch;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface BranchMapper extends BaseMapper<Branch> {
}
