package com.taoshu.reader.internal;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** reader_avatar: one picture per reader, replaced in place; its version grows with every upload. */
@Mapper
public interface ReaderAvatarMapper {

    record StoredAvatar(String contentType, byte[] image, int version) {
    }

    /** One statement, so two uploads at once leave one picture and a version counted up twice. */
    @Insert("""
            INSERT INTO reader_avatar (reader_id, content_type, image, version, updated_at)
            VALUES (#{readerId}, #{contentType}, #{image}, 1, #{at})
            ON DUPLICATE KEY UPDATE content_type = VALUES(content_type), image = VALUES(image),
                                    version = version + 1, updated_at = VALUES(updated_at)""")
    void upsert(@Param("readerId") long readerId, @Param("contentType") String contentType,
                @Param("image") byte[] image, @Param("at") LocalDateTime at);

    @Select("SELECT content_type, image, version FROM reader_avatar WHERE reader_id = #{readerId}")
    StoredAvatar find(@Param("readerId") long readerId);

    @Select("SELECT version FROM reader_avatar WHERE reader_id = #{readerId}")
    Integer version(@Param("readerId") long readerId);
}
