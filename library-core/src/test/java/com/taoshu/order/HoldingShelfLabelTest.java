package com.taoshu.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.taoshu.order.internal.HoldingShelf;
import org.junit.jupiter.api.Test;

class HoldingShelfLabelTest {

    @Test
    void slotsAreNumberedWithinTheirShelf() {
        HoldingShelf shelf = new HoldingShelf(null, 3, 20);
        assertThat(shelf.capacity()).isEqualTo(60);
        assertThat(shelf.label(0)).isEqualTo("A-01");
        assertThat(shelf.label(2)).isEqualTo("A-03");
        assertThat(shelf.label(19)).isEqualTo("A-20");
        assertThat(shelf.label(20)).isEqualTo("B-01");
        assertThat(shelf.label(59)).isEqualTo("C-20");
    }

    @Test
    void aShelfOfMoreThanTheAlphabetIsRefusedAtStart() {
        assertThatThrownBy(() -> new HoldingShelf(null, 27, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HoldingShelf(null, 5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
