package com.taoshu.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void anAddressKeepsDistrictAndRoadAndHidesEveryNumberFromTheFirstOn() {
        assertThat(Masking.address("岳麓区麓山南路932号3栋201")).isEqualTo("岳麓区麓山南路***");
        assertThat(Masking.address(" 岳麓区桃子湖路８号 ")).isEqualTo("岳麓区桃子湖路***");
        assertThat(Masking.address("岳麓区桃子湖小区东门")).isEqualTo("岳麓区桃子***");
        assertThat(Masking.address("8号楼")).isEqualTo("***");
        assertThat(Masking.address(" ")).isNull();
        assertThat(Masking.address(null)).isNull();
    }
}
