package com.taoshu.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** WeChat's subscribe-message field rules by field type, so a send is never refused with 47003. */
class WeChatFieldsTest {

    @ParameterizedTest(name = "{0} = [{1}] → [{2}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            thing1            | 平凡的世界、红楼梦、三国演义、水浒传、西游记、围城 | 平凡的世界、红楼梦、三国演义、水浒传、…
            thing2            | 本馆                                   | 本馆
            thing3            | NULL                                   | 无
            thing4            | 第一行\\n第二行                          | 第一行 第二行
            name1             | 欧阳修欧阳修欧阳修欧阳修                    | 欧阳修欧阳修欧阳修…
            phrase3           | 待取书                                  | 待取书
            phrase3           | 审核不通过啦                             | 审核不通过
            phrase3           | OK已逾期                                | 已逾期
            phrase3           | ''                                     | 通知
            character_string1 | TS20260301-0001                        | TS20260301-0001
            character_string1 | 订单TS2026                              | TS2026
            character_string1 | ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   | ABCDEFGHIJKLMNOPQRSTUVWXYZ012345
            number3           | 7                                      | 7
            number3           | 逾期14天                                 | 14
            number3           | ''                                     | 0
            letter2           | ab12c                                  | abc
            amount1           | 1.5                                    | 1.5元
            phone_number1     | 138-0000 0000                          | 138-00000000
            car_number1       | 湘A 12345 6                            | 湘A123456
            time3             | 2026年3月1日 18:00                       | 2026年3月1日 18:00
            time3             | 2026-03-01 18:00                       | 2026年3月1日 18:00
            time3             | 2026-03-01T18:00:00                    | 2026年3月1日 18:00
            time3             | 2026年3月1日                             | 2026年3月1日 23:59
            time3             | 9:30                                   | 09:30
            date2             | 2026-03-01                             | 2026年3月1日
            date2             | 2026年3月1日                             | 2026年3月1日
            date2             | 2026年3月1日 09:30                       | 2026年3月1日 09:30
            """)
    void normalisesByFieldType(String field, String value, String expected) {
        assertThat(WeChatFields.normalise(field, value == null ? null : value.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"thing1,thing", "character_string12,character_string", "time3,time", "phrase,phrase"})
    void theTypeIsTheKeyWithoutItsNumber(String field, String type) {
        assertThat(WeChatFields.type(field)).isEqualTo(type);
    }
}
