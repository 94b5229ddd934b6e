package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.taoshu.reader.Reader;
import com.taoshu.testsupport.ApiTestBase;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The reader's avatar (issue 19, chooseAvatar + uni.uploadFile): JPEG/PNG/WebP by magic bytes only, at most 512 KB, the
 * new URL in /api/app/me with its version; served to the reader themself; bad files are a 4xx envelope in Chinese.
 */
class AvatarIT extends ApiTestBase {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    private static final byte[] WEBP = {'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};

    private Answer upload(String token, String filename, String declaredType, byte[] bytes) throws Exception {
        return multipartCall(multipart("/api/app/me/avatar").file(new MockMultipartFile("file", filename, declaredType, bytes)), token);
    }

    private Answer multipartCall(MockMultipartHttpServletRequestBuilder request, String token) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn();
        return new Answer(result.getResponse().getStatus(), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcResult download(String token) throws Exception {
        return mvc.perform(get("/api/app/me/avatar").header("Authorization", "Bearer " + token)).andReturn();
    }

    private static void refused(Answer a, int status, int code) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.code()).as(a.body()).isEqualTo(code);
        assertThat(a.msg()).matches(".*\\p{IsHan}.*");
    }

    @Test
    void anAvatarIsUploadedReplacedAndServedToItsReaderOnly() throws Exception {
        Reader alice = createReader("头像读者", null);
        Reader bob = createReader("别的读者", null);
        String aliceToken = tokenFor(alice);
        String bobToken = tokenFor(bob);
        assertThat((Object) getJson("/api/app/me", aliceToken).read("$.data.avatarUrl")).isNull();
        refused(call(get("/api/app/me/avatar"), aliceToken), 404, 20704);

        Answer first = upload(aliceToken, "a.png", "image/png", PNG);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat((String) first.read("$.data.avatarUrl")).isEqualTo("/api/app/me/avatar?v=1");
        MvcResult png = download(aliceToken);
        assertThat(png.getResponse().getStatus()).isEqualTo(200);
        assertThat(png.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(png.getResponse().getContentAsByteArray()).isEqualTo(PNG);
        assertThat(png.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        // a declared type is ignored: the bytes decide
        Answer second = upload(aliceToken, "photo.bin", "application/octet-stream", JPEG);
        assertThat((String) second.read("$.data.avatarUrl")).isEqualTo("/api/app/me/avatar?v=2");
        assertThat((String) getJson("/api/app/me", aliceToken).read("$.data.avatarUrl")).isEqualTo("/api/app/me/avatar?v=2");
        assertThat(download(aliceToken).getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(upload(aliceToken, "a.webp", "image/webp", WEBP).status()).isEqualTo(200);
        assertThat(download(aliceToken).getResponse().getContentType()).isEqualTo("image/webp");

        // another reader gets their own (none), never alice's; no token, no picture
        refused(call(get("/api/app/me/avatar"), bobToken), 404, 20704);
        assertThat(call(get("/api/app/me/avatar"), null).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reader_avatar WHERE reader_id = ?", Integer.class, bob.getId()))
                .isZero();
    }

    @Test
    void wrongTypesTooBigAndEmptyFilesAreRefusedInChinese() throws Exception {
        Reader carol = createReader("坏文件读者", null);
        String token = tokenFor(carol);
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        Answer wrong = upload(token, "a.gif", "image/gif", gif);
        refused(wrong, 415, 20702);
        assertThat(wrong.msg()).contains("JPG").contains("PNG").contains("WebP");
        refused(upload(token, "evil.png", "image/png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)), 415, 20702);
        byte[] big = Arrays.copyOf(PNG, 512 * 1024 + 1);
        refused(upload(token, "big.png", "image/png", big), 413, 20703);
        assertThat(upload(token, "ok.png", "image/png", Arrays.copyOf(PNG, 512 * 1024)).status()).isEqualTo(200);
        refused(upload(token, "empty.png", "image/png", new byte[0]), 400, 20701);
        Answer noFile = multipartCall(multipart("/api/app/me/avatar"), token);
        assertThat(noFile.status()).as(noFile.body()).isBetween(400, 499);
        assertThat(noFile.msg()).matches(".*\\p{IsHan}.*");
        Answer json = postJson("/api/app/me/avatar", Map.of("file", "x"), token);
        assertThat(json.status()).as(json.body()).isBetween(400, 499);
        assertThat(jdbc.queryForObject("SELECT version FROM reader_avatar WHERE reader_id = ?", Integer.class, carol.getId()))
                .isEqualTo(1);
    }
}
