package com.taoshu.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DisposableSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"taoshu_bench", "taoshu_bench_reminders", "taoshu_bench_search", "taoshu_test_all-in-one_3fa2b1c0",
            "taoshu_test_library-core_0a1b2c3d_hsafety", "taoshu_test_all-in-one_3fa2b1c0_x_demo"})
    void benchAndTestSchemasAreDisposable(String schema) {
        assertThat(DisposableSchema.isDisposable(schema)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"taoshu", "taoshu_prod", "taoshu_benchmark", "taoshu_bench_", "taoshu_test_", "taoshu_test",
            "TAOSHU_TEST_X", "mysql", "information_schema", "xxl_job", "my_taoshu_test_x", "taoshu_test_x`; DROP DATABASE taoshu; --",
            "taoshu_test_x\n", " taoshu_bench"})
    void everythingElseIsNot(String schema) {
        assertThat(DisposableSchema.isDisposable(schema)).isFalse();
    }
}
