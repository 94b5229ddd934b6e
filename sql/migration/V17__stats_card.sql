-- Reader activity by card type, rolled up daily with the other statistics (statsRollupJob). The card type is the
-- reader's card at the time of the rollup.
CREATE TABLE stats_daily_card (
  stat_date       DATE        NOT NULL,
  branch_id       BIGINT      NOT NULL,
  card_type       VARCHAR(20) NOT NULL,
  active_readers  INT         NOT NULL,
  loans           INT         NOT NULL,
  PRIMARY KEY (stat_date, branch_id, card_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
