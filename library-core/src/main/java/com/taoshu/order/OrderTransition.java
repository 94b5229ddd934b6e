package com.taoshu.order;

import com.taoshu.shared.security.Actor;
import java.time.LocalDateTime;

/** One status change of an order, written to order_history in the same transaction as the change. */
public record OrderTransition(OrderStatus from, OrderStatus to, Actor actor, String reason, LocalDateTime at) {
}
