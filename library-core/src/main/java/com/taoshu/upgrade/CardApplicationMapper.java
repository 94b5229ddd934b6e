package com.taoshu.upgrade;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CardApplicationMapper extends BaseMapper<CardApplication> {
}
