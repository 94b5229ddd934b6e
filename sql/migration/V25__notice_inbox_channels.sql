-- Issue 18: every notice reaches its reader.
-- The notice row is also the reader's 消息中心 entry: title and body are written by the same INSERT that queues it,
-- read_at marks it read. The WeChat channel keeps the row's status/attempt columns; the SMS channel has its own
-- status (NULL = not applicable or not decided yet, SENDING, SENT, SKIPPED, FAILED) claimed by a conditional update,
-- so a notice is sent by SMS at most once whatever the retries of the WeChat channel do.
ALTER TABLE notice
  ADD COLUMN title      VARCHAR(64)  NULL AFTER payload,
  ADD COLUMN body       VARCHAR(500) NULL AFTER title,
  ADD COLUMN read_at    DATETIME(3)  NULL AFTER body,
  ADD COLUMN sms_status VARCHAR(16)  NULL AFTER last_error,
  ADD COLUMN sms_at     DATETIME(3)  NULL AFTER sms_status,
  ADD COLUMN sms_error  VARCHAR(255) NULL AFTER sms_at,
  ADD KEY idx_notice_reader_id (reader_id, id),
  ADD KEY idx_notice_reader_unread (reader_id, read_at),
  ADD KEY idx_notice_reader_sms (reader_id, sms_status, sms_at);

-- Which channel an attempt line is about (rows before V25 are all WeChat).
ALTER TABLE notice_attempt
  ADD COLUMN channel VARCHAR(16) NOT NULL DEFAULT 'WECHAT' AFTER notice_id;

-- A reader's own choice of SMS for urgent notices (overdue, ready for pickup, delivery today).
CREATE TABLE notice_preference (
  reader_id   BIGINT      NOT NULL,
  sms_opt_in  TINYINT(1)  NOT NULL DEFAULT 0,
  updated_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (reader_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
