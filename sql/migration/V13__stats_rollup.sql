-- Daily rollups per branch, filled by statsRollupJob (idempotent: a day is recomputed whole). The dashboard and the
-- statistics pages read these, never the raw loans, so they stay fast at millions of loans.

CREATE TABLE stats_daily (
  stat_date           DATE        NOT NULL,
  branch_id           BIGINT      NOT NULL,
  loans               INT         NOT NULL DEFAULT 0,
  returns_count       INT         NOT NULL DEFAULT 0,
  renewals            INT         NOT NULL DEFAULT 0,
  new_readers         INT         NOT NULL DEFAULT 0,
  active_readers      INT         NOT NULL DEFAULT 0,
  orders_pickup       INT         NOT NULL DEFAULT 0,
  orders_delivery     INT         NOT NULL DEFAULT 0,
  orders_picked_up    INT         NOT NULL DEFAULT 0,
  orders_delivered    INT         NOT NULL DEFAULT 0,
  orders_rejected     INT         NOT NULL DEFAULT 0,
  orders_expired      INT         NOT NULL DEFAULT 0,
  orders_cancelled    INT         NOT NULL DEFAULT 0,
  deliveries_on_time  INT         NOT NULL DEFAULT 0,
  deliveries_late     INT         NOT NULL DEFAULT 0,
  deliveries_failed   INT         NOT NULL DEFAULT 0,
  overdue_loans       INT         NOT NULL DEFAULT 0,
  computed_at         DATETIME(3) NOT NULL,
  PRIMARY KEY (stat_date, branch_id),
  KEY idx_stats_daily_branch (branch_id, stat_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE stats_daily_title (
  stat_date    DATE    NOT NULL,
  branch_id    BIGINT  NOT NULL,
  book_id      BIGINT  NOT NULL,
  category_id  BIGINT  NULL,
  loans        INT     NOT NULL,
  PRIMARY KEY (stat_date, branch_id, book_id),
  KEY idx_stats_title_book (book_id, stat_date),
  KEY idx_stats_title_category (category_id, stat_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the rollup's day ranges on the raw tables
CREATE INDEX idx_loan_borrowed ON loan (borrowed_at);
CREATE INDEX idx_loan_returned ON loan (returned_at);
CREATE INDEX idx_loan_history_created ON loan_history (created_at);
CREATE INDEX idx_order_history_created ON order_history (created_at);
CREATE INDEX idx_order_submitted ON borrow_order (submitted_at);
CREATE INDEX idx_stop_completed ON delivery_stop (completed_at);
