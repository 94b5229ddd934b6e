package com.taoshu.notify;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WeChat's rules for subscribe-message fields, applied before every send so a message is never refused with 47003
 * ("argument invalid! data.thing1.value invalid"). A field's type is its key without the number ({@code thing1} →
 * thing), as WeChat names template keywords. Per type
 * (<a href="https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html">sendMessage</a>):
 * <ul>
 *   <li>thing ≤ 20 characters; name ≤ 10; phrase ≤ 5 Chinese characters only; symbol ≤ 5;</li>
 *   <li>character_string ≤ 32 of digits, letters and ASCII symbols; letter ≤ 32 letters; number ≤ 32 digits (with
 *       a sign or decimal point); phone_number ≤ 17 of digits, {@code +}, {@code -}; car_number ≤ 8;</li>
 *   <li>amount: a number with 元; date: {@code 2019年10月1日} (with an optional {@code 15:01}); time:
 *       {@code 2019年10月1日 15:01} or {@code 15:01} — a date alone in a time field is the end of that day.</li>
 * </ul>
 * No field may be empty: an empty one becomes a placeholder of its type. Unknown types pass through clipped to 20.
 */
public final class WeChatFields {

    static final DateTimeFormatter WX_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    static final DateTimeFormatter WX_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(WX_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-M-d H:mm"), DateTimeFormatter.ofPattern("yyyy年M月d日H:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(WX_DATE, DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("yyyy-M-d"), DateTimeFormatter.ofPattern("yyyy/M/d"));
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private WeChatFields() {
    }

    /** The field's type: its key without the trailing number. */
    static String type(String field) {
        return field.replaceAll("\\d+$", "");
    }

    /** The value made acceptable for the field's type. */
    public static String normalise(String field, String value) {
        String v = value == null ? "" : value.replaceAll("\\p{Cntrl}", " ").strip();
        return switch (type(field)) {
            case "thing" -> orElse(Texts.clip(v, 20), "无");
            case "name" -> orElse(Texts.clip(v, 10), "读者");
            case "phrase" -> orElse(clip(v.replaceAll("[^\\p{IsHan}]", ""), 5), "通知");
            case "symbol" -> orElse(clip(v, 5), "-");
            case "character_string" -> orElse(clip(v.replaceAll("[^\\x21-\\x7E]", ""), 32), "-");
            case "letter" -> orElse(clip(v.replaceAll("[^A-Za-z]", ""), 32), "A");
            case "number" -> orElse(clip(firstNumber(v), 32), "0");
            case "amount" -> (orElse(firstNumber(v), "0")) + "元";
            case "phone_number" -> orElse(clip(v.replaceAll("[^0-9+\\-]", ""), 17), "-");
            case "car_number" -> orElse(clip(v.replaceAll("\\s", ""), 8), "-");
            case "date" -> date(v);
            case "time" -> time(v);
            default -> orElse(clip(v, 20), "无");
        };
    }

    private static String date(String v) {
        LocalDateTime dt = parseDateTime(v);
        if (dt != null) {
            return dt.format(WX_TIME);
        }
        LocalDate d = parseDate(v);
        return d != null ? d.format(WX_DATE) : orElse(clip(v, 20), "-");
    }

    private static String time(String v) {
        LocalDateTime dt = parseDateTime(v);
        if (dt != null) {
            return dt.format(WX_TIME);
        }
        LocalDate d = parseDate(v);
        if (d != null) {
            return d.atTime(23, 59).format(WX_TIME);
        }
        Matcher m = CLOCK.matcher(v);
        if (m.matches()) {
            return String.format("%02d:%s", Integer.parseInt(m.group(1)), m.group(2));
        }
        return "00:00";
    }

    private static LocalDateTime parseDateTime(String v) {
        for (DateTimeFormatter f : DATE_TIMES) {
            try {
                return LocalDateTime.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static LocalDate parseDate(String v) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static String firstNumber(String v) {
        Matcher m = NUMBER.matcher(v);
        return m.find() ? m.group() : "";
    }

    /** At most {@code max} code points, cut without an ellipsis where the type allows only its own characters. */
    private static String clip(String v, int max) {
        if (v.codePointCount(0, v.length()) <= max) {
            return v;
        }
        return v.substring(0, v.offsetByCodePoints(0, max));
    }

    private static String orElse(String v, String placeholder) {
        return v.isEmpty() ? placeholder : v;
    }
}
