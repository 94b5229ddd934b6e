-- Return pickup (上门取还): a reader hands loans back to a courier at the door in a delivery slot. The courier's visit
-- is a stop on the same routes as deliveries; the loans become RETURN_COLLECTED and close when the branch checks the
-- copies in.

CREATE TABLE return_pickup (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  reader_id        BIGINT       NOT NULL,
  branch_id        BIGINT       NOT NULL,
  address_id       BIGINT       NOT NULL,
  slot_id          BIGINT       NOT NULL,
  window_start     TIME         NULL,
  window_end       TIME         NULL,
  status           VARCHAR(20)  NOT NULL,
  books            INT          NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  dispatch_note    VARCHAR(255) NULL,
  fail_reason      VARCHAR(255) NULL,
  collected_at     DATETIME(3)  NULL,
  checked_in_at    DATETIME(3)  NULL,
  version          INT          NOT NULL DEFAULT 0,
  created_at       DATETIME(3)  NOT NULL,
  updated_at       DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_return_pickup_slot (slot_id, status),
  KEY idx_return_pickup_reader (reader_id, status),
  KEY idx_return_pickup_branch (branch_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the loans asked for, kept for good (what was collected stays readable after the pickup ends)
CREATE TABLE return_pickup_item (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  pickup_id   BIGINT      NOT NULL,
  loan_id     BIGINT      NOT NULL,
  collected   TINYINT(1)  NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_return_pickup_item (pickup_id, loan_id),
  KEY idx_return_pickup_item_loan (loan_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE return_pickup_history (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  pickup_id    BIGINT       NOT NULL,
  from_status  VARCHAR(20)  NULL,
  to_status    VARCHAR(20)  NOT NULL,
  actor_type   VARCHAR(16)  NOT NULL,
  actor_id     BIGINT       NULL,
  reason       VARCHAR(255) NULL,
  created_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_return_pickup_history (pickup_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the reader's optional narrower time inside a delivery slot (期望上门时间), for deliveries as for pickups
ALTER TABLE borrow_order ADD COLUMN window_start TIME NULL;
ALTER TABLE borrow_order ADD COLUMN window_end TIME NULL;

-- the open pickup a loan is promised to (one at a time: claimed by a conditional update)
ALTER TABLE loan ADD COLUMN return_pickup_id BIGINT NULL;
ALTER TABLE loan ADD KEY idx_loan_return_pickup (return_pickup_id);

-- a stop hands over an order, collects a return pickup, or (same reader, same door, same slot) both, as two rows
ALTER TABLE delivery_stop MODIFY order_id BIGINT NULL;
ALTER TABLE delivery_stop ADD COLUMN return_pickup_id BIGINT NULL;
ALTER TABLE delivery_stop ADD KEY idx_stop_return_pickup (return_pickup_id);
