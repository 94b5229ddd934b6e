package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.taoshu.shared.security.Principal;
import com.taoshu.shared.security.Role;
import com.taoshu.shared.security.StaffPrincipal;
import com.taoshu.testsupport.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stock-taking (盘点): scans, the report with missing and unexpected copies, the one-click fixes, who may do it. */
class StockTakeIT extends ApiTestBase {

    long branch;
    long otherBranch;
    String librarian;
    String otherLibrarian;

    @BeforeEach
    void setUp() throws Exception {
        branch = createBranch(unique("ST"));
        otherBranch = createBranch(unique("SO"));
        librarian = signedInStaff(Role.LIBRARIAN, branch);
        otherLibrarian = signedInStaff(Role.LIBRARIAN, otherBranch);
    }

    private List<String> barcodes(long book, long branchId) {
        return jdbc.queryForList("SELECT barcode FROM book_copy WHERE book_id = ? AND branch_id = ? ORDER BY id",
                String.class, book, branchId);
    }

    private String copyStatus(String barcode) {
        return jdbc.queryForObject("SELECT status FROM book_copy WHERE barcode = ?", String.class, barcode);
    }

    private Answer scan(long take, List<String> batch) throws Exception {
        return postJson("/api/admin/stock-takes/" + take + "/scans", Map.of("barcodes", batch), librarian);
    }

    private int history(long take, String action) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM stock_take_history WHERE stock_take_id = ? AND action = ?",
                Integer.class, take, action);
    }

    @Test
    void aStockTakeReportsMissingAndUnexpectedCopiesAndFixesThemOnce() throws Exception {
        long shelved = createBook("盘点在架的书", branch, 3);
        long lent = createBook("盘点借出的书", branch, 1);
        long elsewhere = createBook("别馆的书", otherBranch, 1);
        long ordered = createBook("盘点期间被借的书", branch, 2);
        List<String> onShelf = barcodes(shelved, branch);
        String lentCopy = barcodes(lent, branch).getFirst();
        given.loanBorrowedDaysAgo(createReader("借书的读者", null).getId(), lent, branch, 5); // its only copy: lentCopy
        String otherCopy = barcodes(elsewhere, otherBranch).getFirst();
        String unknown = unique("NOPE");

        Answer started = postJson("/api/admin/stock-takes", Map.of(), librarian);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        long take = ((Number) started.read("$.data.id")).longValue();
        assertThat((Integer) started.read("$.data.branchId")).isEqualTo((int) branch);
        assertThat((Integer) started.read("$.data.expected")).as("3 + 2 copies on the shelf").isEqualTo(5);
        assertThat(postJson("/api/admin/stock-takes", Map.of("branchId", branch), librarian).code())
                .as("one open stock-take per branch").isEqualTo(62002);

        // orders keep working while the stock-take is open: a reader borrows one of the two copies of a title
        String reader = readerToken(unique("st"));
        Answer cart = postJson("/api/app/cart/items", Map.of("bookId", ordered, "branchId", branch), reader);
        List<Integer> items = cart.read("$.data.items[?(@.bookId == " + ordered + ")].id");
        Answer order = postJson("/api/app/orders", Map.of("cartItemIds", List.of(items.getFirst()), "fulfilment", "PICKUP"), reader);
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        long orderId = ((Number) order.read("$.data.order.id")).longValue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM book_copy WHERE book_id = ? AND status = 'HELD' AND held_by_order_id = ?",
                Integer.class, ordered, orderId)).isEqualTo(1);
        String stillThere = jdbc.queryForObject("SELECT barcode FROM book_copy WHERE book_id = ? AND status = 'AVAILABLE'",
                String.class, ordered);

        // the same batch three times (a scanner retrying), with a barcode twice in it: one scan each, same answer
        List<String> batch = List.of(onShelf.get(0), onShelf.get(1), lentCopy, otherCopy, unknown, onShelf.get(0));
        Answer first = scan(take, batch);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat((List<String>) first.read("$.data.recognised")).containsExactly(onShelf.get(0), onShelf.get(1), lentCopy, otherCopy);
        assertThat((List<String>) first.read("$.data.unknown")).containsExactly(unknown);
        assertThat((Integer) first.read("$.data.scannedCopies")).isEqualTo(4);
        for (int retry = 0; retry < 2; retry++) {
            Answer again = scan(take, batch);
            assertThat((Object) again.read("$.data")).isEqualTo(first.read("$.data"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stock_take_scan WHERE stock_take_id = ?", Integer.class, take))
                .isEqualTo(5);
        assertThat((Integer) scan(take, List.of(stillThere)).read("$.data.scannedCopies")).isEqualTo(5);

        // another branch's librarian and a courier cannot reach it
        assertThat(getJson("/api/admin/stock-takes/" + take, otherLibrarian).status()).isEqualTo(404);
        assertThat(postJson("/api/admin/stock-takes/" + take + "/scans", Map.of("barcodes", List.of(otherCopy)), otherLibrarian)
                .status()).isEqualTo(404);
        assertThat(postJson("/api/admin/stock-takes", Map.of("branchId", branch), otherLibrarian).status()).isEqualTo(403);
        var courier = createStaff(Role.COURIER, null, uniquePhone("139"), "courier-1", branch);
        String courierToken = tokenStore.issue(new Principal.Staff(
                new StaffPrincipal(courier.getId(), Role.COURIER, branch, "配送员")));
        assertThat(getJson("/api/admin/stock-takes/" + take, courierToken).status()).isEqualTo(403);
        assertThat(postJson("/api/admin/stock-takes/" + take + "/finish", Map.of(), courierToken).status()).isEqualTo(403);

        Answer report = postJson("/api/admin/stock-takes/" + take + "/finish", Map.of(), librarian);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat((List<String>) report.read("$.data.found[*].barcode"))
                .containsExactlyInAnyOrder(onShelf.get(0), onShelf.get(1), stillThere);
        assertThat((List<String>) report.read("$.data.missing[*].barcode")).containsExactly(onShelf.get(2));
        assertThat((List<String>) report.read("$.data.missing[*].reason")).containsExactly("NOT_SCANNED");
        assertThat((List<String>) report.read("$.data.unexpected[*].barcode")).containsExactlyInAnyOrder(lentCopy, otherCopy);
        assertThat((List<String>) report.read("$.data.unexpected[?(@.barcode == '" + lentCopy + "')].reason")).containsExactly("ON_LOAN");
        assertThat((List<String>) report.read("$.data.unexpected[?(@.barcode == '" + otherCopy + "')].reason"))
                .containsExactly("OTHER_BRANCH");
        assertThat((List<String>) report.read("$.data.unknown[*].barcode")).containsExactly(unknown);
        assertThat((Integer) report.read("$.data.stockTake.found")).isEqualTo(3);
        assertThat((Integer) report.read("$.data.stockTake.missing")).isEqualTo(1);
        assertThat((Integer) report.read("$.data.stockTake.unexpected")).isEqualTo(2);
        assertThat((Integer) report.read("$.data.stockTake.unknown")).isEqualTo(1);
        assertThat((String) report.read("$.data.stockTake.status")).isEqualTo("FINISHED");
        assertThat((Object) postJson("/api/admin/stock-takes/" + take + "/finish", Map.of(), librarian).read("$.data"))
                .as("finishing again answers the same report").isEqualTo(report.read("$.data"));
        assertThat(scan(take, List.of(onShelf.get(2))).code()).isEqualTo(62003);

        // fixes: LOST only with an explicit confirmation, each at most once, with history
        String lostPath = "/api/admin/stock-takes/" + take + "/fixes/mark-missing-lost";
        assertThat(postJson(lostPath, Map.of("confirm", false), librarian).code()).isEqualTo(62005);
        assertThat(copyStatus(onShelf.get(2))).isEqualTo("AVAILABLE");
        Answer lost = postJson(lostPath, Map.of("confirm", true), librarian);
        assertThat(lost.status()).as(lost.body()).isEqualTo(200);
        assertThat((List<String>) lost.read("$.data.missing[*].fix")).containsExactly("MARKED_LOST");
        assertThat(copyStatus(onShelf.get(2))).isEqualTo("LOST");
        assertThat((Object) postJson(lostPath, Map.of("confirm", true), librarian).read("$.data")).isEqualTo(lost.read("$.data"));
        assertThat(history(take, "MARKED_LOST")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT to_value FROM stock_take_history WHERE stock_take_id = ? AND action = 'MARKED_LOST' "
                + "AND copy_id = (SELECT id FROM book_copy WHERE barcode = ?)", String.class, take, onShelf.get(2))).isEqualTo("LOST");

        String movePath = "/api/admin/stock-takes/" + take + "/fixes/move-here";
        Answer moved = postJson(movePath, Map.of(), librarian);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat((List<String>) moved.read("$.data.unexpected[?(@.barcode == '" + otherCopy + "')].fix")).containsExactly("MOVED_HERE");
        assertThat((List<Object>) moved.read("$.data.unexpected[?(@.barcode == '" + lentCopy + "')].fix")).containsExactly((Object) null);
        assertThat(jdbc.queryForObject("SELECT branch_id FROM book_copy WHERE barcode = ?", Long.class, otherCopy)).isEqualTo(branch);
        assertThat((Object) postJson(movePath, Map.of(), librarian).read("$.data")).isEqualTo(moved.read("$.data"));
        assertThat(history(take, "MOVED_HERE")).isEqualTo(1);
        assertThat(copyStatus(lentCopy)).as("a copy recorded on loan is left to the loan flow").isEqualTo("ON_LOAN");
        assertThat(history(take, "STARTED")).isEqualTo(1);
        assertThat(history(take, "FINISHED")).isEqualTo(1);

        // the branch may start its next stock-take; the other librarian sees none of this branch's
        assertThat(postJson("/api/admin/stock-takes", Map.of("branchId", branch), librarian).status()).isEqualTo(200);
        Answer listed = call(get("/api/admin/stock-takes").param("branchId", String.valueOf(branch)), otherLibrarian);
        assertThat(listed.status()).isEqualTo(403);
        assertThat((Integer) getJson("/api/admin/stock-takes", otherLibrarian).read("$.data.total")).isZero();
    }

    @Test
    void aCategoryScopedTakeExpectsOnlyThatCategoryAndCallsTheRestOutOfScope() throws Exception {
        long category = given.category(unique("盘点分类"));
        long inCategory = createBook("分类内的书", branch, 1);
        given.inCategory(category, inCategory);
        long outside = createBook("分类外的书", branch, 1);

        Answer started = postJson("/api/admin/stock-takes", Map.of("categoryId", category), librarian);
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        long take = ((Number) started.read("$.data.id")).longValue();
        assertThat((Integer) started.read("$.data.expected")).isEqualTo(1);
        scan(take, List.of(barcodes(outside, branch).getFirst()));
        Answer report = postJson("/api/admin/stock-takes/" + take + "/finish", Map.of(), librarian);
        assertThat((List<String>) report.read("$.data.unexpected[*].reason")).containsExactly("OUT_OF_SCOPE");
        assertThat((List<String>) report.read("$.data.missing[*].barcode")).containsExactly(barcodes(inCategory, branch).getFirst());
    }
}
