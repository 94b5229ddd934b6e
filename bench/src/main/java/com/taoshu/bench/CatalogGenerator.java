package com.taoshu.bench;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A city library's catalog, generated: titles built the way Chinese book titles are (主题+简史/十讲/入门…, 形容词+的+名词,
 * 地名+往事, 人物+传, A与B, subtitles and volumes) plus the classics, Chinese and translated authors, real publisher names,
 * valid ISBN-13s, 22 categories, 0–3 copies per title at 5 branches in the usual mix of statuses. Seeded.
 */
final class CatalogGenerator {

    private static final String[] TOPICS = split("""
            中国哲学 西方美学 宋词 唐诗 明清小说 园林 围棋 书法 茶道 中医 植物 鸟类 天文 地理 经济学 心理学 社会学 人类学 城市规划 建筑
            数学 物理学 化学 生物学 计算机 人工智能 数据库 编程 摄影 音乐 电影 绘画 戏曲 京剧 昆曲 民俗 考古 敦煌 丝绸之路 长江 黄河
            西藏 湖南 长沙 岳麓书院 湘菜 家常菜 烘焙 育儿 养生 太极拳 瑜伽 旅行 投资 理财 管理学 法学 宪法 历史 三国 宋朝 明朝 清朝
            民国 战国 秦汉 魏晋 隋唐 元朝 汉字 成语 诗经 楚辞 红学 乐理 钢琴 吉他 重庆 银行 会计 统计学 营养学 天气 海洋 恐龙 昆虫""");
    private static final String[] SUFFIXES = split("""
            简史 史话 通论 概论 十讲 入门 指南 漫谈 笔记 札记 研究 导论 讲义 故事 趣谈 百问 大全 图鉴 精读 新编 原理 手册 随笔 散论
            之美 三十讲 的智慧 的秘密 的世界 五十年 小史 常识 课""");
    private static final String[] ADJECTIVES = split("""
            沉默的 遥远的 消失的 燃烧的 温柔的 孤独的 明亮的 寂静的 漫长的 最后的 重逢的 平凡的 看不见的 永恒的 年轻的 古老的 迷人的
            破碎的 自由的 野生的 流动的 隐秘的 透明的 飞翔的 长长的 快乐的 朝阳下的 重要的""");
    private static final String[] NOUNS = split("""
            大多数 星辰 河流 村庄 城市 花园 海洋 山脉 少年 女儿 父亲 母亲 朋友 夏天 冬天 春天 秋天 时光 岁月 记忆 旅程 故乡 远方 灯塔
            森林 沙漠 火车 信件 钟声 月亮 太阳 雨季 风景 梦想 王国 帝国 岛屿 长夜 黎明 清晨 黄昏 书店 图书馆 博物馆 厨房 庭院 街道
            小巷 码头 音乐 银杏 石榴 乐园 长城 银河""");
    private static final String[] PLACES = split("""
            长安 洛阳 江南 北平 金陵 湘西 岭南 塞北 巴蜀 京城 苏州 杭州 西湖 洞庭 岳麓 橘子洲 凤凰城 边城 上海滩 香港 台北 敦煌 楼兰
            大理 丽江 重庆 朝歌""");
    private static final String[] PLACE_NOUNS = split("往事 旧梦 十二时辰 风云 传奇 烟雨 繁华录 夜话 纪事 春秋 遗梦 岁时记 人家 情缘");
    private static final String[] PEOPLE = split("""
            苏东坡 李白 杜甫 王阳明 曾国藩 张居正 武则天 李清照 诸葛亮 司马迁 孔子 孟子 老子 庄子 鲁迅 胡适 梁启超 林徽因 沈从文 齐白石
            梅兰芳 袁隆平 钱学森 爱因斯坦 达尔文 牛顿 居里夫人 梵高 贝多芬 莫扎特 拿破仑 林肯 单田芳 乐毅""");
    private static final String[] PERSON_SUFFIXES = split("传 评传 新传 年谱 的一生 其人其事");
    private static final String[] CLASSICS = split("""
            红楼梦 三国演义 水浒传 西游记 朝花夕拾 呐喊 彷徨 骆驼祥子 茶馆 四世同堂 围城 边城 城南旧事 平凡的世界 活着 许三观卖血记
            三体 白鹿原 长恨歌 倾城之恋 红高粱家族 尘埃落定 百年孤独 追风筝的人 小王子 简爱 傲慢与偏见 战争与和平 悲惨世界 老人与海
            乡土中国 万历十五年 人类简史 时间简史 长安的荔枝 天龙八部 射雕英雄传 笑傲江湖 鹿鼎记 穆斯林的葬礼""");
    private static final String[] SURNAMES = split("""
            王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡
            余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯
            龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马 诸葛 上官 单 查 仇 解""");
    private static final String[] GIVEN = split("""
            伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 桂英 建国 建华 国强 志强 海燕 晓明 晓燕 文 华 红
            玉兰 春梅 德华 思远 子涵 雨桐 浩然 一鸣 嘉怡 梓萱 宇航 欣怡 博文 天佑 若曦 慕白 怀瑾 知秋 行之 长风 乐天 重光 朝晖 省吾""");
    private static final String[] FOREIGN = split("""
            约翰·史密斯 玛丽·安 查尔斯·狄更斯 马克·吐温 村上春树 东野圭吾 加西亚·马尔克斯 卡勒德·胡赛尼 尤瓦尔·赫拉利 史蒂芬·霍金
            列夫·托尔斯泰 维克多·雨果 简·奥斯汀 海明威 圣埃克苏佩里 川端康成 夏目漱石 卡尔维诺 博尔赫斯 毛姆""");
    private static final String[] COUNTRIES = split("[美] [英] [法] [日] [俄] [德] [哥伦比亚] [阿根廷]");
    private static final String[] PUBLISHERS = split("""
            人民文学出版社 商务印书馆 中华书局 生活·读书·新知三联书店 上海译文出版社 译林出版社 北京大学出版社 清华大学出版社
            人民邮电出版社 机械工业出版社 电子工业出版社 科学出版社 中信出版社 湖南文艺出版社 湖南人民出版社 岳麓书社 湖南科学技术出版社
            作家出版社 北京十月文艺出版社 上海文艺出版社 重庆出版社 广西师范大学出版社 浙江文艺出版社 江苏凤凰文艺出版社 南海出版公司
            长江文艺出版社 四川人民出版社 云南人民出版社 中国青年出版社 少年儿童出版社 接力出版社 二十一世纪出版社 化学工业出版社
            人民卫生出版社 法律出版社 中国人民大学出版社 高等教育出版社 外语教学与研究出版社 新星出版社 后浪出版公司""");
    private static final String[] CATEGORIES = split("""
            马列主义 哲学宗教 社会科学总论 政治法律 军事 经济 文化教育 语言文字 文学 艺术 历史地理 自然科学总论 数理化学 天文地球
            生物科学 医药卫生 农业科学 工业技术 交通运输 航空航天 环境科学 综合性图书""");
    private static final String[] VOLUMES = split("（上） （下） （第2版） （第3版） ·第一卷 ·第二卷 （插图本） （修订版） （青少版）");

    record GeneratedBook(long id, String isbn, String title, String author, String publisher) {
    }

    record Generated(List<GeneratedBook> books, int copies, int branches) {
    }

    private final Random random;

    CatalogGenerator(Random random) {
        this.random = random;
    }

    Generated insert(JdbcTemplate jdbc, int count) {
        List<Long> branches = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            jdbc.update("""
                    INSERT INTO branch (code, name, address, lat, lng, delivery_radius_m, enabled, created_at, updated_at)
                    VALUES (?, ?, '长沙市', 28.2, 112.9, 3000, 1, NOW(3), NOW(3))""", "SB" + i, "检索基准分馆" + i);
            branches.add(jdbc.queryForObject("SELECT id FROM branch WHERE code = ?", Long.class, "SB" + i));
        }
        List<Long> categories = new ArrayList<>();
        for (String name : CATEGORIES) {
            jdbc.update("INSERT INTO category (name, sort_order, created_at) VALUES (?, 0, NOW(3))", name);
            categories.add(jdbc.queryForObject("SELECT id FROM category WHERE name = ?", Long.class, name));
        }
        LocalDateTime start = LocalDateTime.of(2020, 1, 1, 8, 0);
        List<Object[]> rows = new ArrayList<>(count);
        Map<String, String[]> byIsbn = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String isbn = isbn13(String.format("9787%08d", 10_000_000 + i * 7 % 90_000_000));
            String title = i < CLASSICS.length ? CLASSICS[i] : title();
            String author = author();
            String publisher = pick(PUBLISHERS);
            Timestamp created = Timestamp.valueOf(start.plusMinutes(random.nextInt(5 * 365 * 24 * 60)));
            rows.add(new Object[] {isbn, title, author, publisher, 1950 + random.nextInt(76),
                    categories.get(random.nextInt(categories.size())), created, created});
            byIsbn.put(isbn, new String[] {title, author, publisher});
        }
        for (int from = 0; from < rows.size(); from += 2000) {
            jdbc.batchUpdate("""
                    INSERT INTO book (isbn, title, author, publisher, publish_year, category_id, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + 2000)));
        }
        List<GeneratedBook> books = new ArrayList<>(count);
        jdbc.query("SELECT id, isbn FROM book", rs -> {
            String[] t = byIsbn.get(rs.getString(2));
            if (t != null) {
                books.add(new GeneratedBook(rs.getLong(1), rs.getString(2), t[0], t[1], t[2]));
            }
        });
        List<Object[]> copies = new ArrayList<>();
        long barcode = 0;
        for (GeneratedBook b : books) {
            int n = random.nextInt(4);
            for (int c = 0; c < n; c++) {
                copies.add(new Object[] {b.id(), branches.get(random.nextInt(branches.size())), "BS" + (++barcode),
                        status()});
            }
        }
        for (int from = 0; from < copies.size(); from += 5000) {
            jdbc.batchUpdate("""
                    INSERT INTO book_copy (book_id, branch_id, barcode, status, version, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 0, '2024-01-01 00:00:00', '2024-01-01 00:00:00')""",
                    copies.subList(from, Math.min(copies.size(), from + 5000)));
        }
        // a live database keeps its statistics; a freshly bulk-loaded one has none, and the optimiser would then read
        // every copy of a branch to count the stock of 20 titles (both engines below pay that, equally wrongly)
        jdbc.execute("ANALYZE TABLE book, book_copy, branch, category");
        return new Generated(books, copies.size(), branches.size());
    }

    private String title() {
        String base = switch (random.nextInt(10)) {
            case 0, 1, 2 -> pick(TOPICS) + pick(SUFFIXES);
            case 3, 4 -> pick(ADJECTIVES) + pick(NOUNS);
            case 5 -> pick(PLACES) + pick(PLACE_NOUNS);
            case 6 -> pick(PEOPLE) + pick(PERSON_SUFFIXES);
            case 7 -> pick(NOUNS) + "与" + pick(NOUNS);
            case 8 -> "我的" + pick(NOUNS);
            default -> pick(TOPICS) + pick(SUFFIXES) + "：" + pick(ADJECTIVES) + pick(NOUNS);
        };
        int extra = random.nextInt(10);
        if (extra < 3) {
            base += "：" + pick(ADJECTIVES) + pick(NOUNS);
        } else if (extra < 5) {
            base += pick(VOLUMES);
        }
        return base;
    }

    private String author() {
        if (random.nextInt(8) == 0) {
            return pick(COUNTRIES) + " " + pick(FOREIGN);
        }
        return pick(SURNAMES) + pick(GIVEN);
    }

    private String status() {
        int r = random.nextInt(100);
        return r < 65 ? "AVAILABLE" : r < 85 ? "ON_LOAN" : r < 90 ? "HELD" : r < 95 ? "LOST" : "WITHDRAWN";
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String[] split(String words) {
        return words.trim().split("\\s+");
    }

    private static String isbn13(String body12) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body12 + (10 - sum % 10) % 10;
    }
}
