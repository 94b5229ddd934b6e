-- Notifications: subscribe-message consent, the notice outbox and its attempt log.

-- One-time subscribe-message consent: each template a reader accepts in the mini-program grants one send.
CREATE TABLE subscription_consent (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  reader_id    BIGINT       NOT NULL,
  template_id  VARCHAR(128) NOT NULL,
  remaining    INT          NOT NULL DEFAULT 0,
  created_at   DATETIME(3)  NOT NULL,
  updated_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_consent_reader_template (reader_id, template_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox: every notice to a reader is a row, written after the business commit and sent by outboxSendJob.
-- dedup_key = reader + kind + subject + date: a notice is queued at most once, whoever enqueues it how often.
CREATE TABLE notice (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  reader_id        BIGINT        NOT NULL,
  kind             VARCHAR(32)   NOT NULL,
  subject_type     VARCHAR(16)   NOT NULL,
  subject_id       BIGINT        NOT NULL,
  dedup_key        VARCHAR(128)  NOT NULL,
  payload          TEXT          NOT NULL,
  template_id      VARCHAR(128)  NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(3)   NOT NULL,
  claimed_at       DATETIME(3)   NULL,
  sent_at          DATETIME(3)   NULL,
  last_errcode     INT           NULL,
  last_error       VARCHAR(255)  NULL,
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_notice_dedup (dedup_key),
  KEY idx_notice_status_next (status, next_attempt_at),
  KEY idx_notice_reader_created (reader_id, created_at),
  KEY idx_notice_kind_status (kind, status),
  KEY idx_notice_subject (subject_type, subject_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every send attempt and every status change made by a person or a rule (claim, send, skip, retry, resend).
CREATE TABLE notice_attempt (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  notice_id   BIGINT        NOT NULL,
  attempt_no  INT           NOT NULL,
  outcome     VARCHAR(16)   NOT NULL,
  errcode     INT           NULL,
  message     VARCHAR(255)  NULL,
  took_ms     BIGINT        NULL,
  actor_id    BIGINT        NULL,
  created_at  DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_notice_attempt_notice (notice_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
