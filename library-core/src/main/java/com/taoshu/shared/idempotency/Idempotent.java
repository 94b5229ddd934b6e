package com.taoshu.shared.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A state-changing endpoint that honours the {@code Idempotency-Key} header: the call runs in one transaction
 * together with the record of its key, so a retry with the same key (after a lost response, a double tap, or
 * concurrently) returns the first result and changes nothing. Deadlocks are retried here, at the outermost level.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
