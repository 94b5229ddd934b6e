package com.taoshu.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.shared.persistence.DisposableSchema;
import org.junit.jupiter.api.Test;

class TestSchemaTest {

    @Test
    void oneSchemaPerModuleAndCheckoutWithTheSuffixLast() {
        String here = TestSchema.name("all-in-one", "/work/main", "");
        assertThat(here).matches("taoshu_test_all-in-one_[0-9a-f]{8}");
        assertThat(TestSchema.name("all-in-one", "/work/main/", "")).as("same checkout, same schema").isEqualTo(here);
        assertThat(TestSchema.name("all-in-one", "/work/wt-other", "")).as("another checkout").isNotEqualTo(here);
        assertThat(TestSchema.name("library-core", "/work/main", "")).as("another module").isNotEqualTo(here);
        assertThat(TestSchema.name("all-in-one", "/work/main", "_x")).isEqualTo(here + "_x");
    }

    @Test
    void everyNameItGivesIsDisposableAndFitsMariaDb() {
        String longest = TestSchema.name("courier-app-api", "/work/main", "_hsafety");
        assertThat(DisposableSchema.isDisposable(longest)).isTrue();
        assertThat(DisposableSchema.isDisposable(longest + "_demo")).isTrue();
        assertThat((longest + "_demo").length()).isLessThanOrEqualTo(64);
        assertThat(DisposableSchema.isDisposable(TestSchema.name())).as("this JVM's").isTrue();
    }

    @Test
    void aSuffixThatIsNotAPlainNameIsRefused() {
        assertThatThrownBy(() -> TestSchema.name("all-in-one", "/work/main", "`; DROP DATABASE taoshu")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestSchema.name("all-in-one", "/work/main", "_" + "x".repeat(40))).isInstanceOf(IllegalArgumentException.class);
    }
}
