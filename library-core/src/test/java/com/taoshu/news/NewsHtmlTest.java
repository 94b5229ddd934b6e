package com.taoshu.news;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.news.internal.NewsHtml;
import org.junit.jupiter.api.Test;

class NewsHtmlTest {

    @Test
    void scriptsHandlersAndJavascriptLinksAreDroppedFormattingStays() {
        String clean = NewsHtml.sanitise("<p onclick=\"x()\">读书<b>会</b></p><script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">链接</a><a href=\"https://lib.example.com\">馆网</a><style>p{}</style>");
        assertThat(clean).isEqualTo("<p>读书<b>会</b></p><a>链接</a><a href=\"https://lib.example.com\">馆网</a>");
        assertThat(NewsHtml.hasContent(clean)).isTrue();
        assertThat(NewsHtml.hasContent(NewsHtml.sanitise("<script>x</script><iframe src=\"https://a\"></iframe>"))).isFalse();
        assertThat(NewsHtml.hasContent(NewsHtml.sanitise("<img src=\"https://a.example.com/x.png\">"))).isTrue();
    }
}
