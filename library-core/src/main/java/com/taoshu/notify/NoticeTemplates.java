package com.taoshu.notify;

import cn.binarywang.wx.miniapp.bean.WxMaSubscribeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a template's fields from a notice payload: {@code "{title}"} or {@code "请于{deadline}前取书"}, then made
 * acceptable for the field's type by {@link WeChatFields} (lengths, character sets, date and time formats).
 */
public final class NoticeTemplates {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private NoticeTemplates() {
    }

    public static List<WxMaSubscribeMessage.MsgData> data(NotifyProperties.Template template, Map<String, String> payload) {
        List<WxMaSubscribeMessage.MsgData> data = new ArrayList<>();
        template.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field ->
                data.add(new WxMaSubscribeMessage.MsgData(field.getKey(), limit(field.getKey(), fill(field.getValue(), payload)))));
        return data;
    }

    public static String page(NotifyProperties.Template template, Map<String, String> payload) {
        return template.page() == null || template.page().isBlank() ? null : fill(template.page(), payload);
    }

    static String fill(String pattern, Map<String, String> payload) {
        Matcher m = VARIABLE.matcher(pattern == null ? "" : pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(payload.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** WeChat's rules for the field's type ({@link WeChatFields}). */
    static String limit(String field, String value) {
        return WeChatFields.normalise(field, value);
    }
}
