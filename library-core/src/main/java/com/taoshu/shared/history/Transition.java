package com.taoshu.shared.history;

import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;

/**
 * One status change of an aggregate (order, return pickup, review, suggestion): kept by the aggregate until its store
 * writes it to the aggregate's history table, in the same transaction as the change. {@code from} is null for the
 * first status; {@code from == to} records an event that changes no status (a reply, an edit).
 */
public record Transition<S extends Enum<S>>(S from, S to, Actor actor, String reason, LocalDateTime at) {
}
