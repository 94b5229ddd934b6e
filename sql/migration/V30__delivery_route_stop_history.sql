-- issue 21 part 3: a delivery route's moves (PLANNED → STARTED → FINISHED) and a stop's (PLANNED → OUT → DELIVERED |
-- COLLECTED | FAILED) are recorded like an order's, a return pickup's or a reservation's: from, to, who, why, when.
-- No foreign key, as elsewhere: a stop re-planned or taken off its route before it set off is deleted, its rows stay.
CREATE TABLE delivery_route_history (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  route_id        BIGINT       NOT NULL,
  from_status     VARCHAR(20)  NULL,
  to_status       VARCHAR(20)  NOT NULL,
  actor_type      VARCHAR(16)  NOT NULL,
  actor_id        BIGINT       NULL,
  reason          VARCHAR(255) NULL,
  created_at      DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_delivery_route_history (route_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_stop_history (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  stop_id         BIGINT       NOT NULL,
  from_status     VARCHAR(20)  NULL,
  to_status       VARCHAR(20)  NOT NULL,
  actor_type      VARCHAR(16)  NOT NULL,
  actor_id        BIGINT       NULL,
  reason          VARCHAR(255) NULL,
  created_at      DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_delivery_stop_history (stop_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
