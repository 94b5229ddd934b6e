package com.taoshu.shared.event;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code taoshu.events.*}: how the event publication registry is looked after (docs/design-decisions.md, "Events that
 * are not lost").
 *
 * @param resubmitAfter   an incomplete publication at least this old is handed to its listener again (at start and by
 *                        eventPublicationJob); younger ones may still be running on another instance
 * @param keepCompleted   completed publications are deleted once completed this long ago
 * @param resubmitOnStart whether an instance resubmits the incomplete publications once it has started
 */
@ConfigurationProperties("taoshu.events")
public record EventProperties(Duration resubmitAfter, Duration keepCompleted, Boolean resubmitOnStart) {

    public EventProperties {
        resubmitAfter = resubmitAfter == null || resubmitAfter.isNegative() ? Duration.ofMinutes(5) : resubmitAfter;
        keepCompleted = keepCompleted == null || keepCompleted.isNegative() ? Duration.ofDays(7) : keepCompleted;
        resubmitOnStart = resubmitOnStart == null || resubmitOnStart;
    }
}
