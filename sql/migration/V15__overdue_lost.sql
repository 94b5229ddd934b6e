-- Overdue desk and lost/damaged books (issue #10). Valid on MySQL 8 and MariaDB 10.11.

-- A card is suspended for new orders once a loan is overdue by more than this many days (overdueSuspensionJob),
-- and restored when no loan is overdue by more than that any more (or at once when the last one is closed).
ALTER TABLE borrow_rule ADD COLUMN suspend_after_overdue_days INT NOT NULL DEFAULT 30;

-- Loans may now close as LOST or DAMAGED (loan.status, VARCHAR(20)): no schema change.

-- What a reader owes for a lost or damaged copy: one row per loan, never deleted; UNPAID → PAID | WAIVED.
CREATE TABLE compensation (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  loan_id          BIGINT       NOT NULL,
  reader_id        BIGINT       NOT NULL,
  book_id          BIGINT       NOT NULL,
  copy_id          BIGINT       NOT NULL,
  branch_id        BIGINT       NOT NULL,
  outcome          VARCHAR(16)  NOT NULL,
  amount_fen       INT          NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  note             VARCHAR(255) NULL,
  reported_by_type VARCHAR(16)  NOT NULL,
  reported_by_id   BIGINT       NULL,
  settled_at       DATETIME(3)  NULL,
  version          INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_compensation_loan (loan_id),
  KEY idx_compensation_reader_status (reader_id, status),
  KEY idx_compensation_branch_status (branch_id, status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change of a compensation (created, paid, waived), with who and why.
CREATE TABLE compensation_history (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  compensation_id  BIGINT       NOT NULL,
  action           VARCHAR(16)  NOT NULL,
  from_status      VARCHAR(16)  NULL,
  to_status        VARCHAR(16)  NOT NULL,
  amount_fen       INT          NOT NULL,
  note             VARCHAR(255) NULL,
  actor_type       VARCHAR(16)  NOT NULL,
  actor_id         BIGINT       NULL,
  created_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_compensation_history (compensation_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
