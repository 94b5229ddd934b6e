package com.taoshu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.error.BizException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsbnTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "9787020002207, 9787020002207",
            "978-7-02-000220-7, 9787020002207",
            "978 7 02 000220 7, 9787020002207",
            "7-02-000220-X, 9787020002207",
            "702000220x, 9787020002207",
            "7020002207X, ",
            "0-306-40615-2, 9780306406157",
            "9791034304479, 9791034304479",
            "'  9787506365437  ', 9787506365437"})
    void parsesAnyFormToIsbn13(String raw, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> Isbn.parse(raw)).isInstanceOf(BizException.class);
            return;
        }
        assertThat(Isbn.parse(raw).value()).isEqualTo(expected);
    }

    @Test
    void convertsBackToIsbn10WithXCheckDigit() {
        assertThat(Isbn.parse("9787020002207").isbn10()).contains("702000220X");
        assertThat(Isbn.parse("9791034304479").isbn10()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9787020002208", "978-7-02-000220-1", "7-02-000220-1", "0-306-40615-X"})
    void badChecksumIsRejectedWithItsOwnMessage(String raw) {
        assertThatThrownBy(() -> Isbn.parse(raw))
                .isInstanceOfSatisfying(BizException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CatalogErrorCode.ISBN_INVALID);
                    assertThat(e.userMessage()).contains("校验位");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"978702000220", "97870200022077", "12345", "abcdefghij", "97870200X2207", "X020002207"})
    void wrongLengthOrCharactersAreRejected(String raw) {
        assertThatThrownBy(() -> Isbn.parse(raw))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.userMessage()).contains("10位或13位"));
    }

    @Test
    void isbn13MustStartWith978Or979() {
        assertThatThrownBy(() -> Isbn.parse("1234567890128"))
                .isInstanceOfSatisfying(BizException.class, e -> assertThat(e.userMessage()).contains("978或979"));
    }

    @Test
    void emptyIsRejected() {
        assertThatThrownBy(() -> Isbn.parse(" ")).isInstanceOf(BizException.class);
        assertThatThrownBy(() -> Isbn.parse(null)).isInstanceOf(BizException.class);
    }

    @Test
    void tryParseIsEmptyForTextAndBadChecksums() {
        assertThat(Isbn.tryParse("红楼")).isEmpty();
        assertThat(Isbn.tryParse("9787020002208")).isEmpty();
        assertThat(Isbn.tryParse("7-02-000220-X")).map(Isbn::value).contains("9787020002207");
    }

    @Test
    void constructorRefusesANonNormalisedValue() {
        assertThatThrownBy(() -> new Isbn("7-02-000220-X")).isInstanceOf(BizException.class);
    }
}
