package com.taoshu.upgrade.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.upgrade.CardApplication;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CardApplicationMapper extends BaseMapper<CardApplication> {
}
