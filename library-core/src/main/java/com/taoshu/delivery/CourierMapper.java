package com.taoshu.delivery;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CourierMapper extends BaseMapper<Courier> {
}
