package com.taoshu.upgrade;

import java.time.LocalDate;

/**
 * The home branch decided a reader's 诚信通 application: the reader is told (approved: the card is now 诚信通;
 * rejected: why). Published in the decision's transaction; {@code day} is the day of the decision.
 */
public record CardApplicationDecided(long applicationId, long readerId, boolean approved, String reason, LocalDate day) {
}
