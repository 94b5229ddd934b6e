-- issue 17 parts 4 and 5: the courier can reach the reader; a return pickup is confirmed with the reader's code.

-- an optional second contact on an address (a son or daughter for an elderly reader), encrypted like the first
ALTER TABLE reader_address ADD COLUMN contact2_name VARCHAR(64) NULL;
ALTER TABLE reader_address ADD COLUMN contact2_phone_cipher VARCHAR(255) NULL;
ALTER TABLE reader_address ADD COLUMN contact2_phone_masked VARCHAR(20) NULL;

-- every full number a courier had revealed for a stop: who, when, which contact (kept for the privacy audit)
CREATE TABLE contact_reveal (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  stop_id      BIGINT       NOT NULL,
  route_id     BIGINT       NOT NULL,
  courier_id   BIGINT       NOT NULL,
  reader_id    BIGINT       NOT NULL,
  contact      VARCHAR(16)  NOT NULL,
  revealed_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_contact_reveal_stop (stop_id),
  KEY idx_contact_reveal_courier (courier_id, revealed_at),
  KEY idx_contact_reveal_reader (reader_id, revealed_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- the reader's 4-digit code for a return pickup, issued when the courier sets off (as for a handover)
ALTER TABLE return_pickup ADD COLUMN handover_code CHAR(4) NULL;
