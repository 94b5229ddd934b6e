package com.taoshu.upgrade.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CardApplicationHistoryMapper extends BaseMapper<CardApplicationHistory> {
}
