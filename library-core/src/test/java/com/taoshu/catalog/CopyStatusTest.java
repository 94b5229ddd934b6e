package com.taoshu.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.error.BizException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "AVAILABLE, DAMAGED, ok",
            "AVAILABLE, LOST, ok",
            "AVAILABLE, WITHDRAWN, ok",
            "DAMAGED, AVAILABLE, ok",
            "LOST, AVAILABLE, ok",
            "IN_TRANSIT, AVAILABLE, ok",
            "AVAILABLE, HELD, COPY_STATUS_NOT_MANUAL",
            "AVAILABLE, ON_LOAN, COPY_STATUS_NOT_MANUAL",
            "AVAILABLE, IN_TRANSIT, COPY_STATUS_NOT_MANUAL",
            "HELD, AVAILABLE, COPY_IN_CIRCULATION",
            "HELD, LOST, COPY_IN_CIRCULATION",
            "ON_LOAN, LOST, COPY_IN_CIRCULATION",
            "ON_LOAN, AVAILABLE, COPY_IN_CIRCULATION"})
    void librariansSetOnlyHandStatusesAndNeverTouchCirculatingCopies(CopyStatus from, CopyStatus to, String outcome) {
        if (outcome.equals("ok")) {
            assertThatCode(() -> from.checkManualChangeTo(to)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> from.checkManualChangeTo(to))
                    .isInstanceOfSatisfying(BizException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.errorCode()).isEqualTo(CatalogErrorCode.valueOf(outcome)));
        }
    }
}
