-- Borrowing core: cart, borrow orders with lines and history, loans, idempotency keys.

ALTER TABLE book_copy ADD COLUMN held_by_order_id BIGINT NULL;
CREATE INDEX idx_copy_held_by_order ON book_copy (held_by_order_id);

ALTER TABLE borrow_rule ADD COLUMN renew_overdue_grace_days INT NOT NULL DEFAULT 0;

CREATE TABLE cart_item (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  reader_id   BIGINT      NOT NULL,
  book_id     BIGINT      NOT NULL,
  branch_id   BIGINT      NOT NULL,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_cart_reader_book (reader_id, book_id),
  KEY idx_cart_book (book_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE borrow_order (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  order_no          VARCHAR(32)  NOT NULL,
  reader_id         BIGINT       NOT NULL,
  branch_id         BIGINT       NOT NULL,
  fulfilment        VARCHAR(16)  NOT NULL,
  status            VARCHAR(24)  NOT NULL,
  address_id        BIGINT       NULL,
  slot_id           BIGINT       NULL,
  pickup_deadline   DATETIME(3)  NULL,
  reject_reason     VARCHAR(255) NULL,
  delivery_attempts INT          NOT NULL DEFAULT 0,
  submitted_at      DATETIME(3)  NOT NULL,
  decided_at        DATETIME(3)  NULL,
  closed_at         DATETIME(3)  NULL,
  version           INT          NOT NULL DEFAULT 0,
  created_at        DATETIME(3)  NOT NULL,
  updated_at        DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_order_no (order_no),
  KEY idx_order_status_submitted (status, submitted_at),
  KEY idx_order_reader_status (reader_id, status),
  KEY idx_order_branch_status (branch_id, status),
  KEY idx_order_status_deadline (status, pickup_deadline)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE borrow_order_line (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  order_id       BIGINT       NOT NULL,
  book_id        BIGINT       NOT NULL,
  copy_id        BIGINT       NOT NULL,
  status         VARCHAR(16)  NOT NULL,
  reject_reason  VARCHAR(255) NULL,
  created_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_line_order (order_id),
  KEY idx_line_copy (copy_id),
  KEY idx_line_book_status (book_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_history (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  order_id     BIGINT       NOT NULL,
  from_status  VARCHAR(24)  NULL,
  to_status    VARCHAR(24)  NOT NULL,
  actor_type   VARCHAR(16)  NOT NULL,
  actor_id     BIGINT       NULL,
  reason       VARCHAR(255) NULL,
  created_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_history_order (order_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE loan (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  reader_id       BIGINT      NOT NULL,
  book_id         BIGINT      NOT NULL,
  copy_id         BIGINT      NOT NULL,
  branch_id       BIGINT      NOT NULL,
  order_id        BIGINT      NULL,
  status          VARCHAR(20) NOT NULL,
  borrowed_at     DATETIME(3) NOT NULL,
  due_date        DATE        NOT NULL,
  renew_count     INT         NOT NULL DEFAULT 0,
  returned_at     DATETIME(3) NULL,
  version         INT         NOT NULL DEFAULT 0,
  created_at      DATETIME(3) NOT NULL,
  updated_at      DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_loan_reader_status (reader_id, status),
  KEY idx_loan_status_due (status, due_date),
  KEY idx_loan_copy (copy_id),
  KEY idx_loan_book (book_id, borrowed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE loan_history (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  loan_id     BIGINT       NOT NULL,
  action      VARCHAR(20)  NOT NULL,
  due_before  DATE         NULL,
  due_after   DATE         NULL,
  actor_type  VARCHAR(16)  NOT NULL,
  actor_id    BIGINT       NULL,
  created_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_loan_history_loan (loan_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A state-changing request's Idempotency-Key: the first result is stored and returned to retries.
CREATE TABLE idempotency_record (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  scope        VARCHAR(191)  NOT NULL,
  idem_key     VARCHAR(64)   NOT NULL,
  response     MEDIUMTEXT    NULL,
  created_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_idempotency (scope, idem_key),
  KEY idx_idempotency_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
