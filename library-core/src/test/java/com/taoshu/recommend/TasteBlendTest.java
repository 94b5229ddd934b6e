package com.taoshu.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.taoshu.recommend.internal.RecommendMapper;
import com.taoshu.recommend.internal.TasteBlend;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TasteBlendTest {

    private static RecommendMapper.Similar sim(long book, long similar, double score) {
        return new RecommendMapper.Similar(book, similar, score);
    }

    @Test
    void recentLoansWeighMoreAndExcludedTitlesNeverComeBack() {
        List<TasteBlend.Candidate> ranked = TasteBlend.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L),
                List.of(sim(1, 10, 0.5), sim(6, 11, 0.5), sim(2, 3, 0.9), sim(6, 12, 0.9), sim(2, 99, 0.9)),
                List.of(), Set.of(1L, 2L, 3L, 4L, 5L, 6L, 99L));
        assertThat(ranked).extracting(TasteBlend.Candidate::bookId).containsExactly(12L, 10L, 11L);
        assertThat(ranked).allMatch(TasteBlend.Candidate::fromNeighbours);
    }

    @Test
    void categoryPopularityCountsMoreForReadersWithLittleHistory() {
        List<RecommendMapper.Similar> neighbours = List.of(sim(1, 10, 0.4));
        List<RecommendMapper.Popular> popular = List.of(new RecommendMapper.Popular(20, 50), new RecommendMapper.Popular(1, 80));
        List<TasteBlend.Candidate> newcomer = TasteBlend.rank(List.of(1L), neighbours, popular, Set.of(1L));
        assertThat(newcomer).extracting(TasteBlend.Candidate::bookId).containsExactly(20L, 10L);
        assertThat(newcomer.getFirst().fromNeighbours()).isFalse();

        List<Long> longHistory = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        List<TasteBlend.Candidate> regular = TasteBlend.rank(longHistory, neighbours, popular, Set.copyOf(longHistory));
        assertThat(regular).extracting(TasteBlend.Candidate::bookId).containsExactly(10L, 20L);
    }

    @Test
    void noHistoryNoCandidates() {
        assertThat(TasteBlend.rank(List.of(), List.of(), List.of(), Set.of())).isEmpty();
    }
}
