-- issue 21 part 3: an order line's moves (HELD → REJECTED | RELEASED | LENT) are recorded like the order's: which line
-- of which order, from, to, who, why, when. A line is created HELD with its order (the order's SUBMITTED row says when
-- and by whom), so every row here has a from_status.
CREATE TABLE order_line_history (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  order_id     BIGINT       NOT NULL,
  line_id      BIGINT       NOT NULL,
  from_status  VARCHAR(16)  NOT NULL,
  to_status    VARCHAR(16)  NOT NULL,
  actor_type   VARCHAR(16)  NOT NULL,
  actor_id     BIGINT       NULL,
  reason       VARCHAR(255) NULL,
  created_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_line_history_order (order_id, id),
  KEY idx_line_history_line (line_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
