package com.taoshu.reader;

import com.taoshu.reader.internal.ReaderAvatarMapper;
import com.taoshu.shared.security.ReaderId;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.springframework.stereotype.Service;

/**
 * The reader's avatar, from the mini-program's chooseAvatar button: JPEG, PNG or WebP recognised by their first bytes
 * (never by the file name or the declared type), at most 512 KB, kept as uploaded in reader_avatar and served back to
 * the reader only, with the type we recognised.
 */
@Service
public class ReaderAvatarService {

    public static final int MAX_BYTES = 512 * 1024;
    static final String URL = "/api/app/me/avatar";

    private final ReaderAvatarMapper mapper;
    private final Clock clock;

    public ReaderAvatarService(ReaderAvatarMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public record Avatar(String contentType, byte[] image, int version) {
    }

    public void upload(ReaderId reader, byte[] image) {
        if (image == null || image.length == 0) {
            throw AvatarErrorCode.AVATAR_EMPTY.exception();
        }
        if (image.length > MAX_BYTES) {
            throw AvatarErrorCode.AVATAR_TOO_LARGE.exception();
        }
        String type = imageType(image);
        if (type == null) {
            throw AvatarErrorCode.AVATAR_NOT_AN_IMAGE.exception();
        }
        mapper.upsert(reader.value(), type, image, LocalDateTime.now(clock));
    }

    public Avatar mine(ReaderId reader) {
        ReaderAvatarMapper.StoredAvatar stored = mapper.find(reader.value());
        if (stored == null) {
            throw AvatarErrorCode.NO_AVATAR.exception();
        }
        return new Avatar(stored.contentType(), stored.image(), stored.version());
    }

    /** The reader's avatar URL with its version (a new upload is a new URL), or null without one. */
    String urlOf(long readerId) {
        Integer version = mapper.version(readerId);
        return version == null ? null : URL + "?v=" + version;
    }

    /** The media type by magic bytes: JPEG FF D8 FF, PNG's 8-byte signature, WebP "RIFF....WEBP"; else null. */
    static String imageType(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8), png)) {
            return "image/png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
