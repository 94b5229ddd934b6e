package com.taoshu.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.taoshu.recommend.internal.ItemSimilarity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemSimilarityTest {

    record N(long book, int rank, long similar, double score, int co) {
    }

    private static List<N> compute(ItemSimilarity s, int k) {
        List<N> out = new ArrayList<>();
        s.compute(k, 5, (book, rank, similar, score, co) -> out.add(new N(book, rank, similar, score, co)));
        return out;
    }

    @Test
    void shrunkCosineOverCoBorrowingReaders() {
        ItemSimilarity s = new ItemSimilarity(100);
        // readers 1-3 borrowed 10 and 20; reader 4 borrowed 10 and 30; reader 5 only 30
        for (long r = 1; r <= 3; r++) {
            s.add(r, 10);
            s.add(r, 20);
        }
        s.add(4, 10);
        s.add(4, 30);
        s.add(4, 10); // borrowed again: counts once
        s.add(5, 30);
        List<N> rows = compute(s, 5);
        List<N> of10 = rows.stream().filter(n -> n.book() == 10).toList();
        assertThat(of10).extracting(N::similar).containsExactly(20L, 30L);
        assertThat(of10.get(0).co()).isEqualTo(3);
        assertThat(of10.get(0).score()).isCloseTo(3 / Math.sqrt(4 * 3) * 3 / 8.0, within(1e-12));
        assertThat(of10.get(1).score()).isCloseTo(1 / Math.sqrt(4 * 2) * 1 / 6.0, within(1e-12));
        assertThat(rows.stream().filter(n -> n.book() == 20).map(N::similar).toList()).containsExactly(10L);
        assertThat(rows).noneMatch(n -> n.book() == n.similar());
    }

    @Test
    void keepsTheTopKBestFirstTiesBySmallerIdAndCapsHeavyReaders() {
        ItemSimilarity s = new ItemSimilarity(3);
        s.add(1, 1);
        s.add(1, 4);
        s.add(1, 3);
        s.add(1, 2); // beyond the reader's 3 most recent titles: ignored
        List<N> rows = compute(s, 1);
        assertThat(rows).extracting(N::book, N::similar).containsExactly(
                tuple(1L, 3L), tuple(4L, 1L),
                tuple(3L, 1L));
    }
}
