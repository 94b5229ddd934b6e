-- Issue 19 用户升级: a reader applies for a 诚信通 card; a librarian of the reader's home branch approves (the card type
-- changes through the librarians' card service, with its reader_card_history row) or rejects with a reason; the reader
-- may withdraw while it is pending. open_reader_id is the reader id while PENDING and NULL otherwise: its unique key
-- makes "one open application per reader" hold under concurrent submissions, not only in a read-then-insert check.
CREATE TABLE card_application (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  reader_id       BIGINT        NOT NULL,
  target_type     VARCHAR(16)   NOT NULL,
  reason          VARCHAR(255)  NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  decided_by      BIGINT        NULL,
  decision_note   VARCHAR(255)  NULL,
  decided_at      DATETIME(3)   NULL,
  open_reader_id  BIGINT        AS (CASE WHEN status = 'PENDING' THEN reader_id END) STORED,
  version         INT           NOT NULL DEFAULT 0,
  created_at      DATETIME(3)   NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_card_application_open (open_reader_id),
  KEY idx_card_application_reader (reader_id, id),
  KEY idx_card_application_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE card_application_history (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  application_id  BIGINT        NOT NULL,
  from_status     VARCHAR(16)   NULL,
  to_status       VARCHAR(16)   NOT NULL,
  actor_type      VARCHAR(16)   NOT NULL,
  actor_id        BIGINT        NULL,
  reason          VARCHAR(1000) NULL,
  created_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_card_application_history (application_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The reader's avatar (chooseAvatar gives a temporary file the mini-program uploads): at most 512 KB of JPEG, PNG or
-- WebP, checked by its magic bytes, kept here rather than on a disk or object store the small sites do not have.
-- version grows with every upload and goes into the avatar URL, so a new picture is never hidden by a cached old one.
CREATE TABLE reader_avatar (
  reader_id     BIGINT        NOT NULL,
  content_type  VARCHAR(16)   NOT NULL,
  image         MEDIUMBLOB    NOT NULL,
  version       INT           NOT NULL DEFAULT 1,
  updated_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (reader_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
