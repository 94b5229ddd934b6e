package com.taoshu.staff.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.staff.Staff;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StaffMapper extends BaseMapper<Staff> {
}
