package com.taoshu.notify.internal;

import java.time.LocalDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** A reader's notice preferences (SMS opt-in) and the contact facts the SMS channel needs. */
@Mapper
public interface NoticePreferenceMapper {

    @Select("SELECT sms_opt_in FROM notice_preference WHERE reader_id = #{readerId}")
    Optional<Boolean> smsOptIn(@Param("readerId") long readerId);

    @Insert("""
            INSERT INTO notice_preference (reader_id, sms_opt_in, updated_at) VALUES (#{readerId}, #{optIn}, #{now})
            ON DUPLICATE KEY UPDATE sms_opt_in = #{optIn}, updated_at = #{now}""")
    int setSmsOptIn(@Param("readerId") long readerId, @Param("optIn") boolean optIn, @Param("now") LocalDateTime now);

    /** The reader's phone as stored (encrypted by shared.crypto.FieldCipher); empty when none is bound. */
    @Select("SELECT phone_cipher FROM reader WHERE id = #{readerId}")
    Optional<String> phoneCipher(@Param("readerId") long readerId);
}
