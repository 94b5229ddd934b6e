-- issue 18 part 2: the desk works at scanner speed.

-- 暂存架 positions: a pickup order takes the smallest free slot of its branch's holding shelf at approval and gives it
-- back at pickup, expiry or cancellation (the row is deleted). The primary key is what makes two approvals at once
-- never share a slot: the second insert of (branch, slot) fails and that approval takes the next free one.
CREATE TABLE holding_shelf_slot (
  branch_id    BIGINT      NOT NULL,
  slot_no      INT         NOT NULL,
  order_id     BIGINT      NOT NULL,
  assigned_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (branch_id, slot_no),
  UNIQUE KEY uk_shelf_slot_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the label the order was given (kept after the slot is freed, for the record and the pick slip)
ALTER TABLE borrow_order ADD COLUMN shelf_slot VARCHAR(8) NULL;

-- a return by barcode looks up the copy's open loan
CREATE INDEX idx_loan_copy_status ON loan (copy_id, status);
