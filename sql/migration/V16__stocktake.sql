-- Stock-taking (盘点, issue #10). Valid on MySQL 8 and MariaDB 10.11.
-- Nothing here locks book_copy: the expected copies are read once at start with a plain (non-locking) SELECT, scans
-- only touch these tables, and the fixes are the catalog's own conditional single-row updates.

-- One stock-take of a branch, optionally narrowed to a category and/or a shelf-location range. OPEN → FINISHED |
-- CANCELLED. open_key (the branch id) is set only while OPEN, so the unique index allows one open take per branch.
CREATE TABLE stock_take (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  branch_id         BIGINT       NOT NULL,
  category_id       BIGINT       NULL,
  shelf_from        VARCHAR(64)  NULL,
  shelf_to          VARCHAR(64)  NULL,
  status            VARCHAR(16)  NOT NULL,
  open_key          BIGINT       NULL,
  expected_count    INT          NOT NULL DEFAULT 0,
  found_count       INT          NOT NULL DEFAULT 0,
  missing_count     INT          NOT NULL DEFAULT 0,
  unexpected_count  INT          NOT NULL DEFAULT 0,
  unknown_count     INT          NOT NULL DEFAULT 0,
  started_by        BIGINT       NULL,
  started_at        DATETIME(3)  NOT NULL,
  finished_at       DATETIME(3)  NULL,
  version           INT          NOT NULL DEFAULT 0,
  created_at        DATETIME(3)  NOT NULL,
  updated_at        DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_stock_take_open (open_key),
  KEY idx_stock_take_branch (branch_id, started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The copies expected on the shelf: AVAILABLE at the branch and in scope when the take started, with their version
-- (a copy whose version moved has been lent, held or returned while the take was running).
CREATE TABLE stock_take_expected (
  stock_take_id  BIGINT  NOT NULL,
  copy_id        BIGINT  NOT NULL,
  copy_version   INT     NOT NULL,
  PRIMARY KEY (stock_take_id, copy_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every barcode scanned, once (a second scan of the same barcode is ignored); copy_id NULL = unknown barcode.
CREATE TABLE stock_take_scan (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  stock_take_id  BIGINT       NOT NULL,
  barcode        VARCHAR(32)  NOT NULL,
  copy_id        BIGINT       NULL,
  scanned_by     BIGINT       NULL,
  scanned_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_stock_take_scan (stock_take_id, barcode),
  KEY idx_stock_take_scan_copy (copy_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The report, written once at finish: FOUND | MISSING | UNEXPECTED | UNKNOWN with the reason, the copy's recorded
-- status and branch then, and the fix applied to it later (MARKED_LOST, MOVED_HERE), once.
CREATE TABLE stock_take_line (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  stock_take_id  BIGINT       NOT NULL,
  kind           VARCHAR(16)  NOT NULL,
  reason         VARCHAR(24)  NOT NULL,
  barcode        VARCHAR(32)  NOT NULL,
  copy_id        BIGINT       NULL,
  book_id        BIGINT       NULL,
  copy_status    VARCHAR(20)  NULL,
  copy_branch_id BIGINT       NULL,
  fix            VARCHAR(16)  NULL,
  fixed_at       DATETIME(3)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_stock_take_line (stock_take_id, barcode),
  KEY idx_stock_take_line_kind (stock_take_id, kind, reason)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened to the take and to copies because of it (started, finished, cancelled, copy marked lost, copy moved).
CREATE TABLE stock_take_history (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  stock_take_id  BIGINT       NOT NULL,
  action         VARCHAR(16)  NOT NULL,
  copy_id        BIGINT       NULL,
  from_value     VARCHAR(20)  NULL,
  to_value       VARCHAR(20)  NULL,
  actor_type     VARCHAR(16)  NOT NULL,
  actor_id       BIGINT       NULL,
  created_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_stock_take_history (stock_take_id, id),
  KEY idx_stock_take_history_copy (copy_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
