package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Bad input never becomes a 500: honest 4xx, numeric code, Chinese message naming no field, traceId, no stack trace,
 * and JSON whatever the client accepts. (What only a real Tomcat can show — undecodable URIs and query strings,
 * multipart without a boundary, huge headers, TRACE — is in all-in-one's RawHttpEnvelopeIT.)
 */
class ErrorEnvelopeIT extends ApiTestBase {

    private String admin;

    @BeforeEach
    void login() throws Exception {
        admin = signedInStaff(Role.ADMIN, null);
    }

    private void assertClean(Answer answer, int status, int code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body()).isEqualTo(code);
        assertThat(answer.msg()).matches(".*[\\u4e00-\\u9fa5].*");
        assertThat((String) answer.read("$.traceId")).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void unknownJsonFieldIsRefusedWithoutNamingIt() throws Exception {
        Answer answer = postJson("/api/admin/staff", Map.of("username", "x1", "name", "甲", "password", "password-1",
                "role", "ADMIN", "isSuperuser", true), admin);
        assertClean(answer, 400, 10003);
        assertThat(answer.msg()).isEqualTo("请求中包含无法识别的内容");
    }

    @Test
    void wrongTypeIsRefusedWithoutNamingTheField() throws Exception {
        Answer answer = postJson("/api/admin/staff",
                "{\"username\":\"x2\",\"name\":\"乙\",\"password\":\"password-1\",\"role\":\"ADMIN\",\"branchId\":\"abc\"}", admin);
        assertClean(answer, 400, 10004);
        assertThat(answer.msg()).isEqualTo("请求参数格式不正确");
    }

    @Test
    void missingParameterIsRefusedWithoutNamingIt() throws Exception {
        Answer answer = getJson("/api/admin/delivery/unplanned", admin);
        assertClean(answer, 400, 10005);
        assertThat(answer.msg()).isEqualTo("缺少必填参数");
    }

    @Test
    void unknownEnumValueIsA400() throws Exception {
        Answer answer = postJson("/api/admin/staff", Map.of("username", "x3", "name", "丙", "password", "password-1",
                "role", "GOD"), admin);
        assertClean(answer, 400, 10004);
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        assertClean(postJson("/api/admin/staff", "{\"username\": ", admin), 400, 10002);
    }

    @Test
    void missingRequiredFieldsAreNamedInChinese() throws Exception {
        Answer answer = postJson("/api/admin/staff", Map.of("username", "x4"), admin);
        assertClean(answer, 400, 10001);
        assertThat(answer.msg()).contains("姓名").contains("密码").contains("角色");
    }

    @Test
    void malformedIdInPathIsA400() throws Exception {
        assertClean(getJson("/api/admin/readers/abc", admin), 400, 10004);
        assertClean(getJson("/api/admin/readers/99999999999999999999999", admin), 400, 10004);
        assertThat(getJson("/api/admin/readers/abc", admin).msg()).isEqualTo("请求参数格式不正确");
    }

    @Test
    void oversizedOrNegativePageIsA400() throws Exception {
        Answer big = getJson("/api/admin/readers?size=1000", admin);
        assertClean(big, 400, 10001);
        assertThat(big.msg()).contains("100");
        assertClean(getJson("/api/admin/readers?page=0", admin), 400, 10001);
        assertClean(getJson("/api/admin/readers?page=x", admin), 400, 10001);
    }

    @Test
    void unknownQueryEnumIsA400() throws Exception {
        assertClean(getJson("/api/admin/readers?cardType=GOLD", admin), 400, 10004);
    }

    @Test
    void mistypedPagingParameterIsNotNamed() throws Exception {
        // bound into a record (PageQuery): a binding failure, reported without the parameter's name
        Answer answer = getJson("/api/admin/readers?page=x", admin);
        assertClean(answer, 400, 10001);
        assertThat(answer.msg()).isEqualTo("请求参数格式不正确");
    }

    @Test
    void unknownPathIs404AndWrongMethodIs405() throws Exception {
        assertClean(getJson("/api/admin/no-such-thing", admin), 404, 10404);
        assertClean(call(delete("/api/admin/auth/login"), admin), 405, 10405);
    }

    @Test
    void wrongContentTypeIs415AndEmptyBodyIs400() throws Exception {
        assertClean(call(post("/api/admin/staff").contentType(MediaType.TEXT_PLAIN).content("hello"), admin), 415, 10415);
        assertClean(call(post("/api/admin/staff").contentType(MediaType.APPLICATION_JSON), admin), 400, 10002);
    }

    @Test
    void errorsAreJsonWhateverTheClientAccepts() throws Exception {
        MvcResult html = mvc.perform(get("/api/admin/readers/abc").header("Authorization", "Bearer " + admin)
                .accept(MediaType.TEXT_HTML)).andReturn();
        assertThat(html.getResponse().getStatus()).isEqualTo(400);
        assertThat(html.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertClean(new Answer(400, html.getResponse().getContentAsString(StandardCharsets.UTF_8)), 400, 10004);

        MvcResult xml = mvc.perform(get("/api/admin/readers").header("Authorization", "Bearer " + admin)
                .accept(MediaType.APPLICATION_XML)).andReturn();
        assertThat(xml.getResponse().getStatus()).isEqualTo(406);
        assertThat(xml.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertClean(new Answer(406, xml.getResponse().getContentAsString(StandardCharsets.UTF_8)), 406, 10007);
    }

    @Test
    void errorPathCalledDirectlyIsA404() throws Exception {
        assertClean(call(get("/error"), null), 404, 10404);
        assertClean(call(post("/error").accept(MediaType.TEXT_HTML), null), 404, 10404);
    }

    @Test
    void loneSurrogateInANameIsRefusedAndNothingIsStored() throws Exception {
        String username = unique("sur");
        Answer answer = postJson("/api/admin/staff", "{\"username\":\"" + username
                + "\",\"name\":\"\\ud800甲\",\"password\":\"password-1\",\"role\":\"ADMIN\"}", admin);
        assertClean(answer, 400, 10009);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staff WHERE username = ?", Integer.class, username)).isZero();

        long id = jdbc.queryForObject("SELECT id FROM staff WHERE role = 'ADMIN' ORDER BY id DESC LIMIT 1", Long.class);
        String before = jdbc.queryForObject("SELECT name FROM staff WHERE id = ?", String.class, id);
        Answer update = call(put("/api/admin/staff/" + id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"乙\\udc00\"}"), admin);
        assertClean(update, 400, 10009);
        assertThat(jdbc.queryForObject("SELECT name FROM staff WHERE id = ?", String.class, id)).isEqualTo(before);
    }

    @Test
    void fourByteCharactersAreStoredWhole() throws Exception {
        // utf8mb4 columns: an emoji (a complete surrogate pair) and a CJK extension-B character round-trip exactly
        String username = unique("emo");
        String name = "小明\uD83D\uDE00\uD840\uDC0B";
        Answer answer = postJson("/api/admin/staff", Map.of("username", username, "name", name, "password", "password-1",
                "role", "ADMIN"), admin);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT name FROM staff WHERE username = ?", String.class, username)).isEqualTo(name);
    }

    @Test
    void traceIdIsEchoedInHeaderAndBody() throws Exception {
        MvcResult result = mvc.perform(get("/api/admin/readers/abc").header("Authorization", "Bearer " + admin)
                .header("X-Trace-Id", "trace-abc-12345")).andReturn();
        assertThat(result.getResponse().getHeader("X-Trace-Id")).isEqualTo("trace-abc-12345");
        assertThat(result.getResponse().getContentAsString()).contains("\"traceId\":\"trace-abc-12345\"");
    }
}
