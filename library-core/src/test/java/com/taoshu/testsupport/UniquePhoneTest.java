package com.taoshu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ApiTestBase#uniquePhone}: valid and distinct however long the machine has been up. */
class UniquePhoneTest {

    @Test
    void validMobileNumbersNeverRepeatedAcrossPrefixes() {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            for (String prefix : List.of("1", "13", "139", "1390", "15")) {
                phones.add(ApiTestBase.uniquePhone(prefix));
            }
        }
        assertThat(phones).allMatch(p -> p.matches("1\\d{10}"));
        assertThat(phones).doesNotHaveDuplicates().hasSize(2500);
        assertThat(phones.get(2)).startsWith("139");
    }

    @Test
    void aPrefixThatCannotStartAMobileNumberIsRefused() {
        for (String bad : List.of("", "2", "13a", "13900")) {
            assertThatThrownBy(() -> ApiTestBase.uniquePhone(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
