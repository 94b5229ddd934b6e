package com.taoshu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.error.BizException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewTextFilterTest {

    private final ReviewTextFilter filter = new ReviewTextFilter(new ReviewProperties(List.of("剧透狗", " "), List.of("毛泽东")));

    @Test
    void ordinaryReviewsPass() {
        for (String text : List.of("这本书很好看，推荐给孩子们", "图书馆的服务很好，借书很方便", "红楼梦人物刻画细腻",
                "ISBN 9787020002207 这一版印刷清楚", "读《毛泽东选集》第一卷的笔记")) {
            assertThat(filter.acceptable(text)).as(text).isTrue();
        }
        assertThat(filter.acceptable(null)).isTrue();
        assertThat(filter.acceptable("  ")).isTrue();
    }

    @Test
    void dictionaryAndConfiguredWordsAreRefusedWithoutEchoingThem() {
        assertThat(filter.acceptable("写得像个傻逼一样")).isFalse();
        assertThat(filter.acceptable("楼上是个剧透狗")).as("configured word").isFalse();
        assertThat(filter.acceptable("楼上是个ＳＢ")).as("full-width letters").isFalse();
        assertThat(filter.acceptable("這本書的傻逼配角")).as("in a traditional-character sentence").isFalse();
        assertThatThrownBy(() -> filter.check("剧透狗"))
                .isInstanceOf(BizException.class)
                .satisfies(e -> {
                    BizException biz = (BizException) e;
                    assertThat(biz.errorCode()).isEqualTo(ReviewErrorCode.INAPPROPRIATE_TEXT);
                    assertThat(biz.userMessage()).contains("不当用语").doesNotContain("剧透狗");
                });
    }
}
