package com.taoshu.notify.internal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.taoshu.notify.NoticeAttempt;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface NoticeAttemptMapper extends BaseMapper<NoticeAttempt> {
}
