package com.taoshu.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.ReaderId;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.TokenStore;
import com.taoshu.testsupport.ApiTestBase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/*
 * The per-IP login limit (30/min) is shared through Redis by every test JVM on this machine (all log in from
 * 127.0.0.1), so these tests raise it rather than fail when another module's tests run at the same time.
 */
class CatalogAdminIT extends ApiTestBase {

    @Autowired
    private TokenStore tokens;

    /** One login per role and class: logins are rate-limited per IP (all tests come from 127.0.0.1). */
    private static String librarianToken;
    private static String adminToken;
    /** The librarian's branch: copies are added and changed there (another branch's are not theirs). */
    private static long librarianBranch;

    private String librarian() throws Exception {
        if (librarianToken == null) {
            String username = unique("lib");
            librarianBranch = createBranch(unique("B"));
            createStaff(Role.LIBRARIAN, username, null, "secret-123", librarianBranch);
            librarianToken = staffToken("/api/admin", Map.of("username", username, "password", "secret-123"));
        }
        return librarianToken;
    }

    private String admin() throws Exception {
        if (adminToken == null) {
            adminToken = signedInStaff(Role.ADMIN, null);
        }
        return adminToken;
    }

    private Answer putJson(String path, Object body, String token) throws Exception {
        return call(put(path).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)), token);
    }

    /** A valid, unused ISBN-13 (978 + 9 random digits + check digit). */
    static String newIsbn() {
        String body = "978" + String.format("%09d", (long) (Math.random() * 1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    private Map<String, Object> book(String isbn, String title) {
        Map<String, Object> b = new HashMap<>();
        b.put("isbn", isbn);
        b.put("title", title);
        b.put("author", "测试作者");
        b.put("publisher", "测试出版社");
        b.put("publishYear", 2020);
        b.put("price", 39.5);
        return b;
    }

    @Test
    void librarianCreatesTitleWithNormalisedIsbnAndDuplicateIs409() throws Exception {
        String token = librarian();
        String isbn = newIsbn();
        String hyphenated = isbn.substring(0, 3) + "-" + isbn.substring(3, 4) + "-" + isbn.substring(4, 12) + "-" + isbn.substring(12);

        Answer created = postJson("/api/admin/books", book(hyphenated, "新书"), token);
        assertThat(created.status()).isEqualTo(200);
        assertThat((String) created.read("$.data.isbn")).isEqualTo(isbn);
        assertThat((Double) created.read("$.data.price")).isEqualTo(39.5);
        assertThat(jdbc.queryForObject("SELECT price_fen FROM book WHERE isbn = ?", Integer.class, isbn)).isEqualTo(3950);

        Answer duplicate = postJson("/api/admin/books", book(isbn, "同一本书"), token);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo(30203);
        assertThat(duplicate.msg()).contains(isbn).contains("已存在");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book WHERE isbn = ?", Integer.class, isbn)).isEqualTo(1);
    }

    @Test
    void badIsbnIs400WithCatalogCode() throws Exception {
        Answer bad = postJson("/api/admin/books", book("978-7-02-000220-1", "坏ISBN"), librarian());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo(30201);
        assertThat(bad.msg()).contains("校验位");

        Answer missing = postJson("/api/admin/books", Map.of("isbn", newIsbn(), "author", "某人"), librarian());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.code()).isEqualTo(10001);
        assertThat(missing.msg()).contains("书名不能为空");
    }

    @Test
    void staleVersionIs409AndCurrentVersionSaves() throws Exception {
        String token = librarian();
        Answer created = postJson("/api/admin/books", book(newIsbn(), "原书名"), token);
        int id = created.read("$.data.id");
        Map<String, Object> change = book(created.read("$.data.isbn"), "改过的书名");
        change.put("version", 0);

        Answer first = putJson("/api/admin/books/" + id, change, token);
        assertThat(first.status()).isEqualTo(200);
        assertThat((Integer) first.read("$.data.version")).isEqualTo(1);

        change.put("title", "另一位馆员的改法");
        Answer stale = putJson("/api/admin/books/" + id, change, token);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo(30204);
        assertThat(jdbc.queryForObject("SELECT title FROM book WHERE id = ?", String.class, id)).isEqualTo("改过的书名");
    }

    @Test
    void titleWithCopiesCannotBeDeletedAndOneWithoutCan() throws Exception {
        String token = librarian();
        long branchId = librarianBranch;
        int withCopies = postJson("/api/admin/books", book(newIsbn(), "有复本"), token).read("$.data.id");
        Answer added = postJson("/api/admin/books/" + withCopies + "/copies", Map.of("branchId", branchId, "count", 2), token);
        assertThat(added.status()).isEqualTo(200);
        assertThat((List<String>) added.read("$.data[*].barcode")).hasSize(2).doesNotHaveDuplicates();

        Answer refused = call(delete("/api/admin/books/" + withCopies), token);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(30205);

        int empty = postJson("/api/admin/books", book(newIsbn(), "无复本"), token).read("$.data.id");
        assertThat(call(delete("/api/admin/books/" + empty), token).status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book WHERE id = ?", Integer.class, empty)).isZero();
        assertThat(call(delete("/api/admin/books/" + empty), token).status()).isEqualTo(404);
    }

    @Test
    void copyStatusByHandNeverTouchesHeldCopiesAndTransferNeedsAvailable() throws Exception {
        String token = librarian();
        long branchA = librarianBranch;
        long branchB = createBranch(unique("B"));
        int bookId = postJson("/api/admin/books", book(newIsbn(), "复本测试"), token).read("$.data.id");
        String barcode = unique("BC");
        Answer added = postJson("/api/admin/books/" + bookId + "/copies",
                Map.of("branchId", branchA, "count", 2, "barcodes", List.of(barcode, barcode + "x"), "shelfLocation", "A-01"), token);
        int copy = added.read("$.data[0].id");
        int held = added.read("$.data[1].id");
        jdbc.update("UPDATE book_copy SET status = 'HELD' WHERE id = ?", held);

        Answer damaged = putJson("/api/admin/copies/" + copy + "/status", Map.of("status", "DAMAGED"), token);
        assertThat(damaged.status()).isEqualTo(200);
        assertThat((String) damaged.read("$.data.statusLabel")).isEqualTo("损坏");

        Answer toLoan = putJson("/api/admin/copies/" + copy + "/status", Map.of("status", "ON_LOAN"), token);
        assertThat(toLoan.status()).isEqualTo(400);
        assertThat(toLoan.code()).isEqualTo(30303);

        Answer heldChange = putJson("/api/admin/copies/" + held + "/status", Map.of("status", "LOST"), token);
        assertThat(heldChange.status()).isEqualTo(409);
        assertThat(heldChange.code()).isEqualTo(30304);
        assertThat(jdbc.queryForObject("SELECT status FROM book_copy WHERE id = ?", String.class, held)).isEqualTo("HELD");

        Answer transferDamaged = postJson("/api/admin/copies/" + copy + "/transfer", Map.of("toBranchId", branchB), token);
        assertThat(transferDamaged.status()).isEqualTo(409);
        assertThat(transferDamaged.code()).isEqualTo(30306);

        putJson("/api/admin/copies/" + copy + "/status", Map.of("status", "AVAILABLE"), token);
        Answer moved = postJson("/api/admin/copies/" + copy + "/transfer", Map.of("toBranchId", branchB), token);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT branch_id FROM book_copy WHERE id = ?", Long.class, copy)).isEqualTo(branchB);

        Answer gone = putJson("/api/admin/copies/" + copy + "/shelf-location", Map.of("shelfLocation", "A-09"), token);
        assertThat(gone.status()).as("now the other branch's copy").isEqualTo(404);
        Answer shelf = putJson("/api/admin/copies/" + copy + "/shelf-location", Map.of("shelfLocation", "B-02"), admin());
        assertThat((String) shelf.read("$.data.shelfLocation")).isEqualTo("B-02");

        Answer reused = postJson("/api/admin/books/" + bookId + "/copies",
                Map.of("branchId", branchA, "count", 1, "barcodes", List.of(barcode)), token);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.code()).isEqualTo(30302);

        Answer detail = getJson("/api/admin/books/" + bookId, token);
        assertThat((Integer) detail.read("$.data.book.totalCopies")).isEqualTo(2);
        assertThat((Integer) detail.read("$.data.book.availableCopies")).isEqualTo(1);
        assertThat((List<Object>) detail.read("$.data.branches")).hasSize(2);

        Answer list = getJson("/api/admin/copies?bookId=" + bookId + "&status=HELD", token);
        assertThat((Integer) list.read("$.data.total")).isEqualTo(1);
    }

    @Test
    void categoryInUseCannotBeDeleted() throws Exception {
        String token = librarian();
        String name = unique("类");
        int categoryId = postJson("/api/admin/categories", Map.of("name", name), token).read("$.data.id");
        assertThat(postJson("/api/admin/categories", Map.of("name", name), token).status()).isEqualTo(409);
        Map<String, Object> b = book(newIsbn(), "分类测试");
        b.put("categoryId", categoryId);
        int bookId = postJson("/api/admin/books", b, token).read("$.data.id");

        Answer refused = call(delete("/api/admin/categories/" + categoryId), token);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo(30113);

        call(delete("/api/admin/books/" + bookId), token);
        assertThat(call(delete("/api/admin/categories/" + categoryId), token).status()).isEqualTo(200);

        Answer list = getJson("/api/admin/books?q=" + "分类测试", token);
        assertThat(list.status()).isEqualTo(200);
    }

    @Test
    void onlyAdminCreatesBranchesAndReadersAreKeptOut() throws Exception {
        Map<String, Object> branch = new HashMap<>(Map.of("code", unique("NB"), "name", "新分馆", "address", "长沙市某路1号",
                "lat", 28.2, "lng", 112.9));
        Answer librarian = postJson("/api/admin/branches", branch, librarian());
        assertThat(librarian.status()).isEqualTo(403);
        assertThat(librarian.code()).isEqualTo(10103);

        String admin = admin();
        Answer created = postJson("/api/admin/branches", branch, admin);
        assertThat(created.status()).isEqualTo(200);
        assertThat(postJson("/api/admin/branches", branch, admin).code()).isEqualTo(30102);
        int id = created.read("$.data.id");
        Answer disabled = putJson("/api/admin/branches/" + id, Map.of("enabled", false), admin);
        assertThat((Boolean) disabled.read("$.data.enabled")).isFalse();

        // the reader login lives in miniapp-backend; a reader's token is issued the same way it would be there
        String reader = tokens.issue(new Principal.Reader(new ReaderId(1L)));
        Answer readerTry = getJson("/api/admin/books", reader);
        assertThat(readerTry.status()).isEqualTo(403);
        assertThat(getJson("/api/admin/books", null).status()).isEqualTo(401);
    }
}
