package com.taoshu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage.MsgData;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class NoticeTemplatesNotifyTest {

    @Test
    void fillsFieldsFromThePayloadWithinWeChatsLengths() {
        var template = new NotifyProperties.Template("TPL", "pages/order/detail?id={orderId}",
                Map.of("thing1", "{titles}", "character_string2", "{orderNo}", "phrase3", "{status}", "thing4", "请于{deadline}前取书"));
        var payload = Map.of("titles", "平凡的世界、红楼梦、三国演义、水浒传、西游记", "orderNo", "TS20250301000001",
                "status", "待取书", "deadline", "3月4日20:00", "orderId", "42");
        assertThat(NoticeTemplates.data(template, payload)).extracting(MsgData::getName, MsgData::getValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("character_string2", "TS20250301000001"),
                org.assertj.core.groups.Tuple.tuple("phrase3", "待取书"),
                org.assertj.core.groups.Tuple.tuple("thing1", "平凡的世界、红楼梦、三国演义、水浒传、…"),
                org.assertj.core.groups.Tuple.tuple("thing4", "请于3月4日20:00前取书"));
        assertThat(NoticeTemplates.page(template, payload)).isEqualTo("pages/order/detail?id=42");
        assertThat(NoticeTemplates.data(template, payload).get(2).getValue()).hasSize(20);
    }

    @Test
    void dedupKeyNamesReaderKindSubjectAndDate() {
        var draft = new NoticeDraft(7, NoticeKind.OVERDUE, 99, LocalDate.of(2025, 3, 1) + "+7", Map.of());
        assertThat(draft.dedupKey()).isEqualTo("7:OVERDUE:LOAN:99:2025-03-01+7");
    }

    @Test
    void templatesBindByKebabCaseKindNames() {
        var source = new MapConfigurationPropertySource(Map.of(
                "taoshu.notify.templates.due-soon.id", "TPL_DUE",
                "taoshu.notify.templates.due-soon.fields.thing1", "{title}",
                "taoshu.notify.templates.ready-for-pickup.id", "TPL_PICKUP",
                "taoshu.notify.expire-after", "36h"));
        NotifyProperties p = new Binder(source).bind("taoshu.notify", NotifyProperties.class).get();
        assertThat(p.template(NoticeKind.DUE_SOON).orElseThrow().fields()).containsEntry("thing1", "{title}");
        assertThat(p.template(NoticeKind.READY_FOR_PICKUP).orElseThrow().id()).isEqualTo("TPL_PICKUP");
        assertThat(p.template(NoticeKind.OVERDUE)).isEmpty();
        assertThat(p.expireAfter()).isEqualTo(java.time.Duration.ofHours(36));
        assertThat(p.overdueDays()).containsExactly(1, 7, 14);
        assertThat(p.catchUpDays()).isEqualTo(2);
        assertThat(p.templateIds()).containsExactlyInAnyOrder("TPL_DUE", "TPL_PICKUP");
    }
}
