package com.taoshu.recommend.internal;

import com.taoshu.recommend.internal.RecommendMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the title-to-title similarity table from the loan history (recommendRebuildJob, nightly). The new
 * generation is written beside the current one and published by one statement, so readers see either the old table
 * or the new one, never a half-written one; older generations are then deleted. Running it twice gives the same rows.
 */
@Service
public class RecommendRebuildService {

    /** Loans older than this no longer shape recommendations. */
    static final Duration HISTORY = Duration.ofDays(730);
    /** Neighbours kept per title. */
    static final int TOP_K = 30;
    /** A reader's most recent titles taken into account (bounds the cost of very heavy readers). */
    static final int MAX_PER_READER = 200;
    /** Shrinkage of the cosine: a pair borrowed together by c readers keeps c / (c + SHRINK) of its score. */
    static final double SHRINK = 20;
    private static final int BATCH = 1000;
    private static final Logger log = LoggerFactory.getLogger(RecommendRebuildService.class);

    private final RecommendMapper mapper;
    private final Clock clock;

    public RecommendRebuildService(RecommendMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public record Rebuild(long generation, int readers, int titles, int loanPairs, int neighbours, long millis) {
    }

    public Rebuild rebuild() {
        long t0 = System.nanoTime();
        RecommendMapper.NewGeneration generation = new RecommendMapper.NewGeneration(LocalDateTime.now(clock));
        mapper.insertGeneration(generation);
        long id = generation.id;
        ItemSimilarity similarity = new ItemSimilarity(MAX_PER_READER);
        mapper.loanPairs(LocalDateTime.now(clock).minus(HISTORY),
                context -> similarity.add(context.getResultObject().readerId(), context.getResultObject().bookId()));
        List<RecommendMapper.Row> batch = new ArrayList<>(BATCH);
        ItemSimilarity.Summary summary = similarity.compute(TOP_K, SHRINK, (book, rank, similar, score, co) -> {
            batch.add(new RecommendMapper.Row(book, rank, similar, score, co));
            if (batch.size() == BATCH) {
                mapper.insertNeighbours(id, batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            mapper.insertNeighbours(id, batch);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        mapper.publish(id, summary, millis, LocalDateTime.now(clock));
        mapper.retireOlder(id);
        int deleted = mapper.deleteOlder(id);
        Rebuild rebuild = new Rebuild(id, summary.readers(), summary.titles(), summary.pairs(), summary.neighbours(), millis);
        log.info("recommendations rebuilt: {} (older rows deleted: {})", rebuild, deleted);
        return rebuild;
    }
}
