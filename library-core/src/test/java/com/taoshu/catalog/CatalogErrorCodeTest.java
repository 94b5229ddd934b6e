package com.taoshu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogErrorCodeTest {

    @Test
    void codesAreUniqueAndInTheCatalogRange() {
        Set<Integer> seen = new HashSet<>();
        for (CatalogErrorCode c : CatalogErrorCode.values()) {
            assertThat(seen.add(c.code())).as("duplicate code %d", c.code()).isTrue();
            assertThat(c.code()).as(c.name()).isBetween(30100, 30499);
            assertThat(c.message()).as(c.name()).matches(".*[\\u4e00-\\u9fa5].*");
        }
        assertThat(Arrays.stream(CatalogErrorCode.values()).map(CatalogErrorCode::status)).doesNotContainNull();
    }
}
