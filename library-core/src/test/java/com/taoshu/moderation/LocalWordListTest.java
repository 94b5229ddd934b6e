package com.taoshu.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The local fallback list: what readers of a library ordinarily write passes; abuse and configured words do not. */
class LocalWordListTest {

    /** The shipped allow list (taoshu-core.yml: keep the two in step) plus a configured extra word on each side. */
    private final LocalWordList list = new LocalWordList(new ModerationProperties(List.of("剧透狗", " "),
            List.of("上门", "送书上门", "上门服务", "杀死", "毒品", "务员考试", "毛泽东"), true));

    static final List<String> ORDINARY = List.of(
            "送书上门很方便",
            "上门服务的配送员很准时，书也包得很好",
            "这本书很好看，推荐给孩子们",
            "图书馆的服务很好，借书很方便",
            "红楼梦人物刻画细腻，值得反复读",
            "ISBN 9787020002207 这一版印刷清楚",
            "读《毛泽东选集》第一卷的笔记",
            "希望多买一些老年人看的大字版图书",
            "建议周末延长开放时间，上班族下班后来不及借书",
            "阅览室的空调有点冷，能不能调高一点",
            "三体的结局让人震撼，刘慈欣太厉害了",
            "孩子很喜欢绘本区，每周都来",
            "能不能增加一些考研和公务员考试的复习资料",
            "续借的按钮不太好找，希望放在首页",
            "暂存架取书很快，工作人员态度也好",
            "活着这本书让我哭了好几次",
            "希望能开设周末亲子读书会",
            "书的封面有点破损，借的时候请注意",
            "推荐购买《百年孤独》新译本",
            "自助借还机偶尔识别不了条码",
            "逾期了一天，已经归还，谢谢提醒",
            "配送员打电话很客气，送到了家门口",
            "杀死一只知更鸟是一本关于成长和正义的书",
            "历史类书籍太少了，建议增加中国近代史",
            "战争与和平太长了，读了三个月",
            "这本侦探小说的凶手到最后才揭晓",
            "我想借《资本论》，但是一直被借走了",
            "小区里的老人都说送书服务好，腿脚不便也能看书",
            "电子借书证很方便，不用带卡了",
            "作者对毒品危害的描写很真实，适合青少年了解",
            "希望增加医学科普书，比如高血压的饮食",
            "书里讲了很多关于宗教和哲学的内容",
            "颐和园的历史照片集很珍贵",
            "能否提供盲文书籍或有声书");

    @Test
    void ordinaryLibrarySentencesPass() {
        assertThat(ORDINARY).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ORDINARY.stream().filter(t -> !list.acceptable(t)).map(t -> t + " — " + list.found(t)).toList())
                .as("ordinary sentences the list refuses").isEmpty();
        assertThat(list.acceptable(null)).isTrue();
        assertThat(list.acceptable("  ")).isTrue();
    }

    @Test
    void withoutTheAllowListTheDictionaryFlagsTheLibrarysOwnService() {
        LocalWordList bare = new LocalWordList(new ModerationProperties(List.of(), List.of(), true));
        assertThat(bare.acceptable("送书上门很方便")).as("the false alarm the allow list lifts").isFalse();
    }

    @Test
    void dictionaryAndConfiguredWordsAreRefused() {
        assertThat(list.acceptable("写得像个傻逼一样")).isFalse();
        assertThat(list.acceptable("楼上是个剧透狗")).as("configured word").isFalse();
        assertThat(list.acceptable("楼上是个ＳＢ")).as("full-width letters").isFalse();
        assertThat(list.acceptable("這本書的傻逼配角")).as("in a traditional-character sentence").isFalse();
    }
}
