package com.taoshu.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.shared.api.PageQuery;
import com.taoshu.shared.api.PageResult;
import com.taoshu.testsupport.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relevance table: 32 queries a reader might type, each with the title that must come first, through the real
 * service on the real MariaDB (titles inserted by SQL, picked up by the index's catch-up). Distractors sit next to
 * each expected title (红楼梦魇 and 细说红楼梦 beside 红楼梦, 三体II beside 三体 …) so "first" means something.
 */
class BookSearchRelevanceIT extends ApiTestBase {

    /** title, author, publisher, ISBN body (12 digits, check digit computed), copies on the shelf. */
    private static final Object[][] CATALOG = {
            {"红楼梦", "曹雪芹", "人民文学出版社", "978702000220", 2},
            {"红楼梦魇", "张爱玲", "北京十月文艺出版社", "978753020101", 1},
            {"细说红楼梦", "蒋和森", "中华书局", "978710102001", 1},
            {"红岩", "罗广斌", "中国青年出版社", "978750060201", 1},
            {"三国演义", "罗贯中", "人民文学出版社", "978702000221", 1},
            {"水浒传", "施耐庵", "人民文学出版社", "978702000222", 1},
            {"朝花夕拾", "鲁迅", "人民文学出版社", "978702000223", 1},
            {"呐喊", "鲁迅", "人民文学出版社", "978702000224", 1},
            {"骆驼祥子", "老舍", "人民文学出版社", "978702000225", 2},
            {"茶馆", "老舍", "人民文学出版社", "978702000226", 0},
            {"围城", "钱锺书", "人民文学出版社", "978702000227", 1},
            {"边城", "沈从文", "人民文学出版社", "978702000228", 1},
            {"城南旧事", "林海音", "北京教育出版社", "978753030101", 1},
            {"倾城之恋", "张爱玲", "北京十月文艺出版社", "978753020102", 1},
            {"平凡的世界", "路遥", "北京十月文艺出版社", "978753020103", 1},
            {"活着", "余华", "作家出版社", "978750630101", 1},
            {"黑客与画家", "保罗·格雷厄姆", "人民邮电出版社", "978711502001", 3}, // 与画 reads yuhua too
            {"三体", "刘慈欣", "重庆出版社", "978753660101", 2},
            {"三体II：黑暗森林", "刘慈欣", "重庆出版社", "978753660102", 1},
            {"长恨歌", "王安忆", "人民文学出版社", "978702000229", 1},
            {"长安的荔枝", "马伯庸", "湖南文艺出版社", "978754040101", 1},
            {"百年孤独", "加西亚·马尔克斯", "南海出版公司", "978754420101", 1},
            {"乡土中国", "费孝通", "北京大学出版社", "978730110101", 1},
            {"中国历史常识", "吕思勉", "中华书局", "978710102002", 1},
            {"天龙八部", "金庸", "广州出版社", "978754620101", 1},
            {"射雕英雄传", "金庸", "广州出版社", "978754620102", 1},
            {"音乐之声", "玛丽亚·冯·特拉普", "译林出版社", "978754470101", 1},
            {"快乐王子", "王尔德", "人民文学出版社", "978702000230", 1},
    };

    /** query → the title that must be the first hit. */
    private static final String[][] TABLE = {
            {"红楼梦", "红楼梦"},                 // exact title before the prefix (红楼梦魇) and contains (细说红楼梦) hits
            {"红楼", "红楼梦"},                   // title prefix; tie with 红楼梦魇 broken by copies on the shelf
            {"祥子", "骆驼祥子"},                 // part of a title
            {"的世界", "平凡的世界"},             // part in the middle
            {"城", "城南旧事"},                   // one character: the title starting with it first
            {"曹雪芹", "红楼梦"},                 // author
            {"雪芹", "红楼梦"},                   // part of an author
            {"hongloumeng", "红楼梦"},            // full pinyin
            {"hong lou meng", "红楼梦"},          // full pinyin with spaces
            {"HongLouMeng", "红楼梦"},            // capitals
            {"hlm", "红楼梦"},                    // initials
            {"luotuoxiangzi", "骆驼祥子"},
            {"ltxz", "骆驼祥子"},
            {"tianlong", "天龙八部"},             // pinyin prefix
            {"9787020002207", "红楼梦"},          // ISBN-13
            {"978-7-02-000220-7", "红楼梦"},      // ISBN-13 with hyphens
            {"7-02-000220-X", "红楼梦"},          // ISBN-10 with hyphens
            {isbn10("978754420101"), "百年孤独"}, // ISBN-10 without hyphens
            {"南海出版公司", "百年孤独"},          // publisher
            {"重庆出版社", "三体"},               // publisher shared by two titles: more copies first
            {"zhaohuaxishi", "朝花夕拾"},         // polyphonic 朝: zhāo here, the library's first guess is cháo
            {"chaohuaxishi", "朝花夕拾"},         // … and the other reading still finds it
            {"yinyue", "音乐之声"},               // 乐 read yuè
            {"kuaile", "快乐王子"},               // 乐 read lè
            {"changhenge", "长恨歌"},             // 长 read cháng
            {"紅樓夢", "红楼梦"},                 // traditional characters
            {"三國演義", "三国演义"},
            {"liucixin", "三体"},                 // author in pinyin
            {"yuhua", "活着"},                    // the author 余华 before 黑客与画家 (与画, a fragment of a title)
            {"yuhu", "活着"},                     // … and the start of the author's name too
            {"lcx", "三体"},                      // author initials
            {"金庸 天龙", "天龙八部"},            // two words: author and part of the title
    };

    @Autowired
    private BookSearchService search;
    @Autowired
    private SearchIndexSync sync;

    @BeforeEach
    void catalog() {
        long branch = createBranch(unique("REL"));
        for (Object[] row : CATALOG) {
            String isbn = isbn13((String) row[3]);
            int inserted = jdbc.update("""
                    INSERT IGNORE INTO book (isbn, title, author, publisher, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 0, NOW(3), NOW(3))""", isbn, row[0], row[1], row[2]);
            if (inserted == 1) {
                long id = jdbc.queryForObject("SELECT id FROM book WHERE isbn = ?", Long.class, isbn);
                addCopies(id, branch, (Integer) row[4]);
            }
        }
        sync.catchUpNow();
    }

    @Test
    void everyQueryOfTheTableFindsItsTitleFirst() {
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("| # | query | expected first | got first | match |\n|---|---|---|---|---|\n");
        for (int i = 0; i < TABLE.length; i++) {
            String query = TABLE[i][0];
            String expected = TABLE[i][1];
            PageResult<BookHit> page = search.search(new BookSearchService.BookQuery(query, null, null, false), PageQuery.first(5));
            String got = page.records().isEmpty() ? "(none)" : page.records().getFirst().book().title();
            String match = page.records().isEmpty() ? "" : page.records().getFirst().match().name();
            table.append("| ").append(i + 1).append(" | ").append(query).append(" | ").append(expected).append(" | ")
                    .append(got).append(expected.equals(got) ? "" : " ✗").append(" | ").append(match).append(" |\n");
            if (!expected.equals(got)) {
                failures.add(query + " → " + got + " (expected " + expected + ")");
            }
        }
        System.out.println("---- search relevance ----\n" + table);
        assertThat(TABLE.length).isEqualTo(32);
        assertThat(failures).isEmpty();
    }

    @Test
    void highlightsMarkWhatMatched() {
        assertThat(first("红楼").titleHighlight()).isEqualTo("<em>红楼</em>梦");
        assertThat(first("紅樓夢").titleHighlight()).isEqualTo("<em>红楼梦</em>");
        assertThat(first("hlm").titleHighlight()).isEqualTo("<em>红楼梦</em>");
        assertThat(first("zhaohua").titleHighlight()).isEqualTo("<em>朝花</em>夕拾");
        assertThat(first("雪芹").authorHighlight()).isEqualTo("曹<em>雪芹</em>");
        assertThat(first("的世界").titleHighlight()).isEqualTo("平凡<em>的世界</em>");
    }

    @Test
    void theMatchTierIsReported() {
        assertThat(first("9787020002207").match()).isEqualTo(SearchMatch.ISBN);
        assertThat(first("红楼梦").match()).isEqualTo(SearchMatch.TITLE_EXACT);
        assertThat(first("曹雪芹").match()).isEqualTo(SearchMatch.AUTHOR_EXACT);
        assertThat(first("hongloumeng").match()).isEqualTo(SearchMatch.TITLE_PINYIN_EXACT);
        assertThat(first("hlm").match()).isEqualTo(SearchMatch.TITLE_INITIALS_EXACT);
        assertThat(first("yuhua").match()).isEqualTo(SearchMatch.AUTHOR_PINYIN_EXACT);
        assertThat(first("yuhua").authorHighlight()).isEqualTo("<em>余华</em>");
    }

    @Test
    void anAuthorsPinyinOutranksTheSameLettersInsideATitle() {
        List<String> titles = search.search(new BookSearchService.BookQuery("yuhua", null, null, false), PageQuery.first(10))
                .records().stream().map(hit -> hit.book().title()).toList();
        assertThat(titles).contains("活着", "黑客与画家");
        assertThat(titles.indexOf("活着")).isLessThan(titles.indexOf("黑客与画家"));
    }

    private BookHit first(String q) {
        return search.search(new BookSearchService.BookQuery(q, null, null, false), PageQuery.first(1)).records().getFirst();
    }

    static String isbn13(String body12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body12 + (10 - sum % 10) % 10;
    }

    static String isbn10(String body12) {
        String body = body12.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (body.charAt(i) - '0') * (10 - i);
        }
        int check = (11 - sum % 11) % 11;
        return body + (check == 10 ? "X" : String.valueOf(check));
    }
}
