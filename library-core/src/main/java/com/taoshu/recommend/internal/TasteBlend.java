package com.taoshu.recommend.internal;

import com.taoshu.recommend.internal.RecommendMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reader's candidates, scored: the neighbours of their recent loans (the most recent weighs most) blended with the
 * popularity of titles in their categories, the latter counting more the less history the reader has. Titles the
 * reader borrowed or has open in an order are never candidates. No database, no Spring.
 */
public final class TasteBlend {

    /** Weight of the k-th most recent title (k = 0, 1, …) is DECAY^k. */
    static final double DECAY = 0.9;
    /** Share of the neighbours in the blend = n / (n + HISTORY_HALF), n = titles the reader has borrowed. */
    static final double HISTORY_HALF = 3;

    public record Candidate(long bookId, double score, boolean fromNeighbours) {
    }

    private TasteBlend() {
    }

    /**
     * @param recent     the reader's titles, most recent first
     * @param neighbours similar titles of those titles (any order)
     * @param popular    category popularity (loans lately), may be empty
     * @param excluded   titles never to return
     */
    public static List<Candidate> rank(List<Long> recent, List<RecommendMapper.Similar> neighbours,
                                       List<RecommendMapper.Popular> popular, Set<Long> excluded) {
        Map<Long, Double> weight = new HashMap<>();
        double w = 1;
        for (Long book : recent) {
            weight.putIfAbsent(book, w);
            w *= DECAY;
        }
        Map<Long, Double> cf = new HashMap<>();
        for (RecommendMapper.Similar s : neighbours) {
            Double wb = weight.get(s.bookId());
            if (wb != null && !excluded.contains(s.similarBookId())) {
                cf.merge(s.similarBookId(), wb * s.score(), Double::sum);
            }
        }
        double cfMax = cf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double popMax = popular.stream().mapToLong(RecommendMapper.Popular::loans).max().orElse(1);
        double share = recent.size() / (recent.size() + HISTORY_HALF);
        Map<Long, Double> total = new HashMap<>();
        cf.forEach((book, score) -> total.put(book, share * score / cfMax));
        for (RecommendMapper.Popular p : popular) {
            if (!excluded.contains(p.bookId())) {
                total.merge(p.bookId(), (1 - share) * p.loans() / popMax, Double::sum);
            }
        }
        List<Candidate> ranked = new ArrayList<>(total.size());
        total.forEach((book, score) -> ranked.add(new Candidate(book, score, cf.containsKey(book))));
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingLong(Candidate::bookId));
        return ranked;
    }
}
