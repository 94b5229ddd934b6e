-- Reader services (issue #9): reviews (书评), suggestions and purchase requests (阅读建议 / 荐购), reading news and
-- activities (阅读资讯). Every table utf8mb4 with explicit indexes; valid on MySQL 8 and MariaDB 10.11.

-- one review per reader and title (rating 1..5, optional text); HIDDEN by a librarian leaves the public list and average
CREATE TABLE book_review (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  reader_id      BIGINT        NOT NULL,
  book_id        BIGINT        NOT NULL,
  rating         TINYINT       NOT NULL,
  content        VARCHAR(1000) NULL,
  status         VARCHAR(16)   NOT NULL,
  hidden_reason  VARCHAR(255)  NULL,
  version        INT           NOT NULL DEFAULT 0,
  created_at     DATETIME(3)   NOT NULL,
  updated_at     DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_book_review_reader_book (reader_id, book_id),
  KEY idx_book_review_book (book_id, status, id),
  KEY idx_book_review_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE book_review_history (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  review_id    BIGINT        NOT NULL,
  from_status  VARCHAR(16)   NULL,
  to_status    VARCHAR(16)   NOT NULL,
  actor_type   VARCHAR(16)   NOT NULL,
  actor_id     BIGINT        NULL,
  reason       VARCHAR(255)  NULL,
  created_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_book_review_history_review (review_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- suggestions (type SUGGESTION, category SERVICE/COLLECTION/OTHER) and purchase requests (type PURCHASE, isbn held in
-- the 13-digit form so duplicates group); book_id / reservation_id are set when a purchased title arrives
CREATE TABLE reader_suggestion (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  reader_id       BIGINT        NOT NULL,
  type            VARCHAR(16)   NOT NULL,
  category        VARCHAR(16)   NULL,
  content         VARCHAR(1000) NULL,
  isbn            VARCHAR(13)   NULL,
  title           VARCHAR(255)  NULL,
  author          VARCHAR(255)  NULL,
  branch_id       BIGINT        NULL,
  status          VARCHAR(16)   NOT NULL,
  reply           VARCHAR(1000) NULL,
  reject_reason   VARCHAR(255)  NULL,
  book_id         BIGINT        NULL,
  reservation_id  BIGINT        NULL,
  version         INT           NOT NULL DEFAULT 0,
  created_at      DATETIME(3)   NOT NULL,
  updated_at      DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_reader_suggestion_reader (reader_id, id),
  KEY idx_reader_suggestion_queue (type, status, id),
  KEY idx_reader_suggestion_isbn (isbn, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reader_suggestion_history (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  suggestion_id  BIGINT        NOT NULL,
  from_status    VARCHAR(16)   NULL,
  to_status      VARCHAR(16)   NOT NULL,
  actor_type     VARCHAR(16)   NOT NULL,
  actor_id       BIGINT        NULL,
  reason         VARCHAR(1000) NULL,
  created_at     DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_reader_suggestion_history (suggestion_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- reading news: body is HTML already sanitised on save; branch_id NULL = every branch
CREATE TABLE reading_news (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  title         VARCHAR(255)  NOT NULL,
  cover_url     VARCHAR(512)  NULL,
  body_html     MEDIUMTEXT    NOT NULL,
  branch_id     BIGINT        NULL,
  status        VARCHAR(16)   NOT NULL,
  published_at  DATETIME(3)   NULL,
  created_by    BIGINT        NULL,
  version       INT           NOT NULL DEFAULT 0,
  created_at    DATETIME(3)   NOT NULL,
  updated_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_reading_news_public (status, branch_id, published_at),
  KEY idx_reading_news_branch (branch_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- activities (亲子共读, 读书会…): signed_up is moved only by conditional updates, never past capacity
CREATE TABLE reading_activity (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  branch_id    BIGINT        NOT NULL,
  title        VARCHAR(255)  NOT NULL,
  description  VARCHAR(2000) NULL,
  place        VARCHAR(255)  NOT NULL,
  starts_at    DATETIME(3)   NOT NULL,
  ends_at      DATETIME(3)   NOT NULL,
  capacity     INT           NOT NULL,
  signed_up    INT           NOT NULL DEFAULT 0,
  status       VARCHAR(16)   NOT NULL,
  created_by   BIGINT        NULL,
  version      INT           NOT NULL DEFAULT 0,
  created_at   DATETIME(3)   NOT NULL,
  updated_at   DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_reading_activity_upcoming (status, starts_at),
  KEY idx_reading_activity_branch (branch_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- one row per reader and activity; a cancelled sign-up is reactivated, never duplicated
CREATE TABLE activity_signup (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  activity_id   BIGINT        NOT NULL,
  reader_id     BIGINT        NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  cancelled_at  DATETIME(3)   NULL,
  created_at    DATETIME(3)   NOT NULL,
  updated_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_activity_signup_reader (activity_id, reader_id),
  KEY idx_activity_signup_reader (reader_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
