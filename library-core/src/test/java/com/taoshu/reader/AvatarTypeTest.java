package com.taoshu.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AvatarTypeTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void typesAreKnownByTheirFirstBytesOnly() {
        assertThat(ReaderAvatarService.imageType(bytes(0xFF, 0xD8, 0xFF, 0xDB))).isEqualTo("image/jpeg");
        assertThat(ReaderAvatarService.imageType(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A))).isEqualTo("image/png");
        assertThat(ReaderAvatarService.imageType("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("image/webp");
        assertThat(ReaderAvatarService.imageType("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(ReaderAvatarService.imageType("GIF89a".getBytes(StandardCharsets.ISO_8859_1))).isNull();
        assertThat(ReaderAvatarService.imageType(bytes(0x89, 'P', 'N', 'G'))).isNull();
        assertThat(ReaderAvatarService.imageType(bytes(0xFF, 0xD8))).isNull();
        assertThat(ReaderAvatarService.imageType(new byte[0])).isNull();
    }
}
