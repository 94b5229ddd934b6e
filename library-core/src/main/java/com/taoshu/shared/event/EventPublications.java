package com.taoshu.shared.event;

import com.taoshu.shared.job.ScheduledJob;
import java.time.Clock;
import java.time.Instant;
import java.sql.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Looks after Spring Modulith's event publication registry (EVENT_PUBLICATION, V28): every event with an after-commit
 * listener is recorded there in the business transaction, one row per listener, and completed when that listener
 * returned. A row left incomplete — the listener threw, or the instance died between the commit and the listener — is
 * handed to its listener again here: once an instance has started, and by eventPublicationJob; only rows older than
 * {@code taoshu.events.resubmit-after}, so a listener still running elsewhere is not raced. Listeners are idempotent,
 * so a second delivery changes nothing. The same job deletes publications completed longer ago than
 * {@code taoshu.events.keep-completed}.
 */
@Component
@EnableConfigurationProperties(EventProperties.class)
public class EventPublications implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(EventPublications.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JdbcTemplate jdbc;
    private final EventProperties properties;
    private final Clock clock;

    public EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed,
                             JdbcTemplate jdbc, EventProperties properties, Clock clock) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "eventPublicationJob";
    }

    @Override
    public String label() {
        return "事件补发与清理";
    }

    /** Not split by reader: the first shard does the work (two runs at once only deliver an event twice, harmlessly). */
    @Override
    public String run(int shardIndex, int shardTotal) {
        if (shardIndex != 0) {
            return "shard " + shardIndex + ": nothing (the first shard works)";
        }
        Result resubmitted = resubmit();
        long completedBefore = countCompleted();
        completed.deletePublicationsOlderThan(properties.keepCompleted());
        return resubmitted + " deleted=" + (completedBefore - countCompleted());
    }

    /** What a resubmission found: incomplete publications old enough, and how many of them are still incomplete. */
    public record Result(long due, long stillIncomplete) {

        @Override
        public String toString() {
            return "resubmitted=" + due + " stillIncomplete=" + stillIncomplete;
        }
    }

    /**
     * Hands every incomplete publication older than {@code resubmit-after} to its listener again. A resubmission
     * claims its row (status RESUBMITTED) and a claimed row is never handed out again: one whose instance died during
     * the resubmission is released first, once its resubmission is as old (Modulith's own staleness monitor would need
     * Spring's scheduler, which these apps do not run).
     */
    public Result resubmit() {
        Timestamp before = Timestamp.from(clock.instant().minus(properties.resubmitAfter()));
        int released = jdbc.update("UPDATE EVENT_PUBLICATION SET STATUS = ? WHERE COMPLETION_DATE IS NULL"
                + " AND STATUS = ? AND LAST_RESUBMISSION_DATE < ?", EventPublication.Status.FAILED.name(),
                EventPublication.Status.RESUBMITTED.name(), before);
        if (released > 0) {
            log.warn("{} event publication(s) stuck in a resubmission that never finished: resubmitting them", released);
        }
        long due = countIncompleteOlderThanThreshold();
        if (due > 0) {
            incomplete.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
        }
        return new Result(due, due == 0 ? 0 : countIncompleteOlderThanThreshold());
    }

    /** An instance that died between a commit and its listeners left publications behind: they are picked up here. */
    @EventListener(ApplicationReadyEvent.class)
    void resubmitOnStart() {
        if (!properties.resubmitOnStart()) {
            return;
        }
        try {
            Result result = resubmit();
            if (result.due() > 0) {
                log.info("event publications at start: {}", result);
            }
        } catch (RuntimeException e) {
            log.warn("could not resubmit incomplete event publications at start; eventPublicationJob retries", e);
        }
    }

    private long countIncompleteOlderThanThreshold() {
        Instant before = clock.instant().minus(properties.resubmitAfter());
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL"
                + " AND PUBLICATION_DATE < ?", Long.class, Timestamp.from(before));
        return n == null ? 0 : n;
    }

    private long countCompleted() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NOT NULL", Long.class);
        return n == null ? 0 : n;
    }
}
