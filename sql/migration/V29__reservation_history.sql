-- issue 21 part 3: a reservation's moves (WAITING → FULFILLED | CANCELLED, FULFILLED → EXPIRED) are recorded like an
-- order's or a return pickup's: from, to, who, why, when
CREATE TABLE reservation_history (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  reservation_id  BIGINT       NOT NULL,
  from_status     VARCHAR(20)  NULL,
  to_status       VARCHAR(20)  NOT NULL,
  actor_type      VARCHAR(16)  NOT NULL,
  actor_id        BIGINT       NULL,
  reason          VARCHAR(255) NULL,
  created_at      DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_reservation_history (reservation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
