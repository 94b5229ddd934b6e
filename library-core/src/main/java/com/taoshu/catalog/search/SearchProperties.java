package com.taoshu.catalog.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code taoshu.search.*}: how the in-process search index keeps up with the database (defaults in taoshu-core.yml).
 *
 * @param buildOnStart    build the index while the app starts (else on the first search)
 * @param buildThreads    threads turning titles into index documents during a full build
 * @param catchUpInterval how often every instance re-reads titles and copies changed lately (missed messages, copy
 *                        holds and returns by the order flow)
 * @param catchUpOverlap  how far back each catch-up looks before the previous one (transactions that committed late,
 *                        clocks of other instances a little behind)
 * @param topic           Redis topic (suffixed with the schema name) on which instances announce changed titles
 */
@ConfigurationProperties("taoshu.search")
public record SearchProperties(Boolean buildOnStart, int buildThreads, Duration catchUpInterval, Duration catchUpOverlap,
                               String topic) {

    public SearchProperties {
        buildOnStart = buildOnStart == null || buildOnStart;
        buildThreads = buildThreads <= 0 ? 2 : buildThreads;
        catchUpInterval = catchUpInterval == null ? Duration.ofSeconds(10) : catchUpInterval;
        catchUpOverlap = catchUpOverlap == null ? Duration.ofMinutes(2) : catchUpOverlap;
        topic = topic == null || topic.isBlank() ? "taoshu:search:book-changed" : topic;
    }
}
