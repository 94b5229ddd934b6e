package com.taoshu.notify;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface NoticeAttemptMapper extends BaseMapper<NoticeAttempt> {
}
