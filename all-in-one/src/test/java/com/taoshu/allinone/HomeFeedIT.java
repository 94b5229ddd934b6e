package com.taoshu.allinone;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.security.Role;
import com.taoshu.testsupport.ApiTestBase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home feed: new arrivals and hot books of the branch, its published news, and 猜你喜欢 from the reader's taste. */
class HomeFeedIT extends ApiTestBase {

    @Test
    void oneCallGivesTheBranchesShelvesNewsAndTitlesLikeTheOnesTheReaderBorrowed() throws Exception {
        long branch = createBranch(unique("HF"));
        long poetry = given.category(unique("诗词"));
        long cooking = given.category(unique("烹饪"));
        long readBefore = createBook("唐诗三百首", branch, 2);
        long alsoPoetry = createBook("宋词选", branch, 3);
        long cookbook = createBook("家常菜谱", branch, 3);
        given.inCategory(poetry, readBefore, alsoPoetry);
        given.inCategory(cooking, cookbook);
        long newest = createBook("刚上架的新书", branch, 1);
        jdbc.update("UPDATE book SET created_at = NOW(3) + INTERVAL 1 MINUTE WHERE id = ?", newest);

        String code = unique("home");
        String reader = readerToken(code);
        long me = given.readerLoggedInAs(code);
        given.homeBranch(me, branch);
        long someoneElse = createReader("别的读者", null).getId();
        given.loanBorrowedDaysAgo(me, readBefore, branch, 3);
        given.loanBorrowedDaysAgo(someoneElse, alsoPoetry, branch, 3);
        given.loanBorrowedDaysAgo(someoneElse, cookbook, branch, 3);
        given.loanBorrowedDaysAgo(someoneElse, cookbook, branch, 3);

        String adm = unique("adm");
        createStaff(Role.ADMIN, adm, null, "secret-123", null);
        String admin = staffToken("/api/admin", Map.of("username", adm, "password", "secret-123"));
        Answer draft = postJson("/api/admin/news", Map.of("title", "读书月活动开始啦", "bodyHtml", "<p>欢迎参加</p>",
                "branchId", branch), admin);
        assertThat(draft.status()).as(draft.body()).isEqualTo(200);
        long newsId = ((Number) draft.read("$.data.id")).longValue();
        assertThat(postJson("/api/admin/news/" + newsId + "/publish", Map.of(), admin).status()).isEqualTo(200);

        Answer home = getJson("/api/app/home", reader);
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(((Number) home.read("$.data.branchId")).longValue()).as("the reader's home branch").isEqualTo(branch);
        assertThat((String) home.read("$.data.newArrivals[0].title")).isEqualTo("刚上架的新书");
        assertThat((String) home.read("$.data.hotBooks[0].title")).isEqualTo("家常菜谱");
        assertThat((List<String>) home.read("$.data.news[*].title")).contains("读书月活动开始啦");
        List<String> recommended = home.read("$.data.recommended[*].title");
        assertThat(recommended).containsExactly("宋词选");
        assertThat((String) home.read("$.data.recommendedBy")).contains("同类");
        assertThat((List<?>) home.read("$.data.categories")).isNotEmpty();

        // a reader who has borrowed nothing gets the branch's hot books
        String fresh = readerToken(unique("new"));
        Answer first = getJson("/api/app/home?branchId=" + branch, fresh);
        assertThat((String) first.read("$.data.recommended[0].title")).isEqualTo("家常菜谱");
        assertThat(getJson("/api/app/home", null).status()).isEqualTo(401);
    }
}
