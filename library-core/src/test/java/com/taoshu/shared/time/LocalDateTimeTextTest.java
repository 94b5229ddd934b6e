package com.taoshu.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class LocalDateTimeTextTest {

    private static final LocalDateTime TEN = LocalDateTime.of(2026, 12, 12, 10, 0);

    @Test
    void readsTheOffsetFormTheApiWritesAndThePlainLocalForm() {
        assertThat(LocalDateTimeText.parse("2026-12-12T10:00:00+08:00")).isEqualTo(TEN);
        assertThat(LocalDateTimeText.parse(Times.toOffset(TEN).toString())).isEqualTo(TEN);
        assertThat(LocalDateTimeText.parse("2026-12-12T02:00:00Z")).isEqualTo(TEN);
        assertThat(LocalDateTimeText.parse("2026-12-12T10:00:00")).isEqualTo(TEN);
        assertThat(LocalDateTimeText.parse("2026-12-12T10:00")).isEqualTo(TEN);
    }

    @Test
    void refusesWhatIsNoDateTime() {
        assertThatThrownBy(() -> LocalDateTimeText.parse("2026-12-12")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> LocalDateTimeText.parse("明天上午")).isInstanceOf(DateTimeParseException.class);
    }
}
