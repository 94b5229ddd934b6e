-- One row per rolled-up day. statsRollupJob locks it (INSERT … ON DUPLICATE KEY UPDATE) before it replaces that day's
-- rows, so two rollups of one day (two instances at 01:30, or the job and an operator's re-run) take turns. Before, two
-- transactions both found the day empty, both inserted, and the second failed with a duplicate key (409 数据已存在).
CREATE TABLE stats_rollup_day (
  stat_date    DATE        NOT NULL,
  computed_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (stat_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
