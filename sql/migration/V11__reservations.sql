-- Reservations (预约): a queue per title and branch. active_key is set only while WAITING, so the unique index allows
-- one waiting reservation per reader, title and branch and any number of finished ones.

CREATE TABLE reservation (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  reader_id     BIGINT       NOT NULL,
  book_id       BIGINT       NOT NULL,
  branch_id     BIGINT       NOT NULL,
  fulfilment    VARCHAR(16)  NOT NULL,
  address_id    BIGINT       NULL,
  status        VARCHAR(16)  NOT NULL,
  active_key    VARCHAR(64)  NULL,
  order_id      BIGINT       NULL,
  note          VARCHAR(255) NULL,
  ready_at      DATETIME(3)  NULL,
  version       INT          NOT NULL DEFAULT 0,
  created_at    DATETIME(3)  NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_reservation_active (active_key),
  KEY idx_reservation_queue (book_id, branch_id, status, id),
  KEY idx_reservation_reader (reader_id, status),
  KEY idx_reservation_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- how many titles a card may have waiting at once
ALTER TABLE borrow_rule ADD COLUMN reservation_limit INT NOT NULL DEFAULT 3;
UPDATE borrow_rule SET reservation_limit = 2 WHERE card_type = 'COMMUNITY_TRUST';
