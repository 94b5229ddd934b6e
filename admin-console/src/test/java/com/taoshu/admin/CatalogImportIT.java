package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.idev.excel.FastExcel;
import com.taoshu.catalog.excel.ImportColumn;
import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

/*
 * The per-IP login limit (30/min) is shared through Redis by every test JVM on this machine (all log in from
 * 127.0.0.1), so these tests raise it rather than fail when another module's tests run at the same time.
 */
class CatalogImportIT extends ApiTestBase {

    /** One login per class: logins are rate-limited per IP (all tests come from 127.0.0.1). */
    private static String librarianToken;
    /** The code of the librarian's branch: a librarian imports copies for their own branch only. */
    private static String librarianBranch;

    private String librarian() throws Exception {
        if (librarianToken == null) {
            String username = unique("lib");
            librarianBranch = unique("IB");
            createStaff(Role.LIBRARIAN, username, null, "secret-123", createBranch(librarianBranch));
            librarianToken = staffToken("/api/admin", Map.of("username", username, "password", "secret-123"));
        }
        return librarianToken;
    }

    private static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<List<String>> head = ImportColumn.headers().stream().map(List::of).toList();
        FastExcel.write(out).head(head).sheet("书目").doWrite(rows);
        return out.toByteArray();
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private Answer upload(String filename, byte[] content, String token) throws Exception {
        return multipartCall(multipart("/api/admin/books/import").file(new MockMultipartFile("file", filename,
                "application/octet-stream", content)), token);
    }

    private Answer multipartCall(org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request,
                                 String token) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + token)).andReturn();
        return new Answer(result.getResponse().getStatus(),
                result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void goodRowsImportAndBadRowsLeaveNothingWithRowAndColumnNamed() throws Exception {
        String token = librarian();
        String branch = librarianBranch;
        String otherBranch = unique("IO");
        createBranch(otherBranch);
        String category = unique("导入类");
        String a = CatalogAdminIT.newIsbn();
        String b = CatalogAdminIT.newIsbn();
        String c = CatalogAdminIT.newIsbn();
        String badChecksum = a.substring(0, 12) + ((a.charAt(12) - '0' + 1) % 10);
        String unknownBranchIsbn = CatalogAdminIT.newIsbn();
        String otherBranchIsbn = CatalogAdminIT.newIsbn();
        byte[] file = xlsx(List.of(
                row(a, "导入书一", "作者甲", "出版社甲", 2019, category, "简介", 25.5, branch, 2, "C-01"),
                row(badChecksum, "坏校验位", "作者乙", null, 2019, category, null, 10, branch, 1, null),
                row(Long.parseLong(b), "导入书二", "作者乙", null, null, null, null, null, null, 0, null),
                row(unknownBranchIsbn, "", "作者丙", null, 2019, null, null, -3, "NO-SUCH-" + branch, 60, null),
                row(c.substring(0, 3) + "-" + c.substring(3), "导入书三", "作者丁", null, "2021", category, null, "12", branch, "1", null),
                row(otherBranchIsbn, "别馆的书", "作者戊", null, 2020, null, null, null, otherBranch, 1, null)));

        Answer answer = upload("books.xlsx", file, token);

        assertThat(answer.status()).isEqualTo(200);
        assertThat((Integer) answer.read("$.data.total")).isEqualTo(6);
        assertThat((Integer) answer.read("$.data.imported")).isEqualTo(3);
        assertThat((Integer) answer.read("$.data.failed")).isEqualTo(3);
        assertThat((List<Integer>) answer.read("$.data.errors[?(@.row == 3)].row")).isNotEmpty();
        assertThat((List<String>) answer.read("$.data.errors[?(@.row == 3)].column")).containsExactly("ISBN");
        assertThat((List<String>) answer.read("$.data.errors[?(@.row == 5)].column"))
                .contains("书名", "价格(元)", "复本数", "分馆编码");
        assertThat((List<Integer>) answer.read("$.data.errors[*].row")).containsOnly(3, 5, 7);
        assertThat((List<String>) answer.read("$.data.errors[?(@.row == 5)].message")).anyMatch(m -> m.contains("不存在"));
        assertThat((List<String>) answer.read("$.data.errors[?(@.row == 7)].column")).containsExactly("分馆编码");
        assertThat((List<String>) answer.read("$.data.errors[?(@.row == 7)].message"))
                .containsExactly("馆员只能为本馆导入复本，不能导入到「测试分馆" + otherBranch + "」");

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book WHERE isbn IN (?, ?, ?)", Integer.class, a, b, c)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book WHERE isbn IN (?, ?, ?)", Integer.class,
                badChecksum, unknownBranchIsbn, otherBranchIsbn)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy c JOIN book b ON b.id = c.book_id WHERE b.isbn = ?",
                Integer.class, a)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT price_fen FROM book WHERE isbn = ?", Integer.class, a)).isEqualTo(2550);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM category WHERE name = ?", Integer.class, category)).isEqualTo(1);

        // the same ISBN again adds copies to the existing title and changes nothing else
        Answer again = upload("again.xlsx", xlsx(List.<List<Object>>of(
                row(a, "别的书名", "别的作者", null, 2000, null, null, 99, branch, 3, null))), token);
        assertThat((Integer) again.read("$.data.imported")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT title FROM book WHERE isbn = ?", String.class, a)).isEqualTo("导入书一");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy c JOIN book b ON b.id = c.book_id WHERE b.isbn = ?",
                Integer.class, a)).isEqualTo(5);

        MvcResult export = mvc.perform(get("/api/admin/books/export").param("q", "导入书")
                .header("Authorization", "Bearer " + token)).andReturn();
        assertThat(export.getResponse().getStatus()).isEqualTo(200);
        List<Map<Integer, String>> exported = FastExcel.read(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))
                .sheet().doReadSync();
        assertThat(exported).extracting(r -> r.get(0)).contains(a, b, c);
    }

    @Test
    void notAnXlsxOrEmptyOrHeaderlessIs400() throws Exception {
        String token = librarian();
        Answer csv = upload("books.csv", "ISBN,书名\n".getBytes(), token);
        assertThat(csv.status()).isEqualTo(400);
        assertThat(csv.code()).isEqualTo(30401);

        Answer disguised = upload("books.xlsx", "这不是Excel".getBytes(), token);
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.code()).isEqualTo(30401);

        Answer brokenZip = upload("books.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3}, token);
        assertThat(brokenZip.status()).isEqualTo(400);
        assertThat(brokenZip.code()).isEqualTo(30404);

        Answer headerOnly = upload("empty.xlsx", xlsx(List.of()), token);
        assertThat(headerOnly.status()).isEqualTo(400);
        assertThat(headerOnly.code()).isEqualTo(30402);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FastExcel.write(out).head(List.of(List.of("名称"), List.of("数量"))).sheet().doWrite(List.of(row("x", 1)));
        Answer wrongHeader = upload("other.xlsx", out.toByteArray(), token);
        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.code()).isEqualTo(30405);
        assertThat(wrongHeader.msg()).contains("ISBN").contains("书名");

        Answer noFile = multipartCall(multipart("/api/admin/books/import"), token);
        assertThat(noFile.status()).isEqualTo(400);
    }

    @Test
    void moreThan5000RowsIsRefused() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 5001; i++) {
            rows.add(row("9787020002207", "书" + i, "作者"));
        }
        Answer tooMany = upload("big.xlsx", xlsx(rows), librarian());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo(30403);
    }

    @Test
    void templateHasTheHeaderRow() throws Exception {
        MvcResult result = mvc.perform(get("/api/admin/books/import-template")
                .header("Authorization", "Bearer " + librarian())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).contains("spreadsheetml");
        List<Map<Integer, String>> rows = FastExcel.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))
                .headRowNumber(0).sheet().doReadSync();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values()).containsExactlyElementsOf(ImportColumn.headers());
    }
}
