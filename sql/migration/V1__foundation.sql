-- Foundation schema: branches, catalog, readers, staff, couriers, borrow rules, delivery slot templates.
-- Valid on MySQL 8.0+ and MariaDB 10.11+: utf8mb4, InnoDB, explicit indexes, no vendor-only syntax.

CREATE TABLE branch (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  code              VARCHAR(32)  NOT NULL,
  name              VARCHAR(64)  NOT NULL,
  address           VARCHAR(255) NOT NULL,
  phone             VARCHAR(32)  NULL,
  lat               DECIMAL(10,7) NOT NULL,
  lng               DECIMAL(10,7) NOT NULL,
  delivery_radius_m INT          NOT NULL DEFAULT 3000,
  enabled           TINYINT(1)   NOT NULL DEFAULT 1,
  created_at        DATETIME(3)  NOT NULL,
  updated_at        DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_branch_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE category (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  name        VARCHAR(64) NOT NULL,
  parent_id   BIGINT      NULL,
  sort_order  INT         NOT NULL DEFAULT 0,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_category_name (name),
  KEY idx_category_parent (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE book (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  isbn          CHAR(13)      NOT NULL,
  title         VARCHAR(255)  NOT NULL,
  author        VARCHAR(255)  NOT NULL,
  publisher     VARCHAR(128)  NULL,
  publish_year  SMALLINT      NULL,
  category_id   BIGINT        NULL,
  summary       TEXT          NULL,
  cover_url     VARCHAR(512)  NULL,
  price_fen     INT           NULL,
  version       INT           NOT NULL DEFAULT 0,
  created_at    DATETIME(3)   NOT NULL,
  updated_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_book_isbn (isbn),
  KEY idx_book_category (category_id),
  KEY idx_book_title (title),
  KEY idx_book_author (author),
  KEY idx_book_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE book_copy (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  book_id         BIGINT       NOT NULL,
  branch_id       BIGINT       NOT NULL,
  barcode         VARCHAR(32)  NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  shelf_location  VARCHAR(64)  NULL,
  version         INT          NOT NULL DEFAULT 0,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_copy_barcode (barcode),
  KEY idx_copy_book_branch_status (book_id, branch_id, status),
  KEY idx_copy_branch_status (branch_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reader (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  openid                VARCHAR(64)  NOT NULL,
  unionid               VARCHAR(64)  NULL,
  name                  VARCHAR(64)  NULL,
  phone_cipher          VARCHAR(255) NULL,
  phone_hash            CHAR(64)     NULL,
  phone_masked          VARCHAR(20)  NULL,
  card_type             VARCHAR(20)  NOT NULL,
  card_status           VARCHAR(20)  NOT NULL,
  home_branch_id        BIGINT       NULL,
  delivery_eligibility  VARCHAR(20)  NOT NULL DEFAULT 'NONE',
  version               INT          NOT NULL DEFAULT 0,
  created_at            DATETIME(3)  NOT NULL,
  updated_at            DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_reader_openid (openid),
  KEY idx_reader_unionid (unionid),
  KEY idx_reader_phone_hash (phone_hash),
  KEY idx_reader_branch (home_branch_id),
  KEY idx_reader_created (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Card changes (upgrade, suspend, restore) are history, never overwritten silently.
CREATE TABLE reader_card_history (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  reader_id    BIGINT       NOT NULL,
  action       VARCHAR(20)  NOT NULL,
  from_value   VARCHAR(20)  NOT NULL,
  to_value     VARCHAR(20)  NOT NULL,
  reason       VARCHAR(255) NULL,
  actor_type   VARCHAR(16)  NOT NULL,
  actor_id     BIGINT       NULL,
  created_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_card_history_reader (reader_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE staff (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  username       VARCHAR(64)  NULL,
  phone          VARCHAR(20)  NULL,
  name           VARCHAR(64)  NOT NULL,
  password_hash  VARCHAR(100) NOT NULL,
  role           VARCHAR(16)  NOT NULL,
  branch_id      BIGINT       NULL,
  enabled        TINYINT(1)   NOT NULL DEFAULT 1,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_staff_username (username),
  UNIQUE KEY uk_staff_phone (phone),
  KEY idx_staff_role_branch (role, branch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE courier (
  staff_id      BIGINT      NOT NULL,
  branch_id     BIGINT      NOT NULL,
  vehicle       VARCHAR(16) NOT NULL,
  bag_capacity  INT         NOT NULL,
  shift_start   TIME        NOT NULL,
  shift_end     TIME        NOT NULL,
  on_leave      TINYINT(1)  NOT NULL DEFAULT 0,
  updated_at    DATETIME(3) NOT NULL,
  PRIMARY KEY (staff_id),
  KEY idx_courier_branch (branch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE borrow_rule (
  card_type      VARCHAR(20) NOT NULL,
  loan_limit     INT         NOT NULL,
  loan_days      INT         NOT NULL,
  max_renewals   INT         NOT NULL,
  renew_days     INT         NOT NULL,
  pickup_days    INT         NOT NULL,
  auto_approve   TINYINT(1)  NOT NULL DEFAULT 0,
  version        INT         NOT NULL DEFAULT 0,
  updated_at     DATETIME(3) NOT NULL,
  PRIMARY KEY (card_type)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO borrow_rule (card_type, loan_limit, loan_days, max_renewals, renew_days, pickup_days, auto_approve, version, updated_at)
VALUES ('CITY_WIDE', 10, 30, 2, 30, 3, 0, 0, CURRENT_TIMESTAMP(3)),
       ('COMMUNITY_TRUST', 5, 30, 1, 30, 3, 1, 0, CURRENT_TIMESTAMP(3));

-- Recurring delivery windows per branch; concrete per-date slots are materialised by the delivery feature.
CREATE TABLE delivery_slot_template (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  branch_id   BIGINT      NOT NULL,
  start_time  TIME        NOT NULL,
  end_time    TIME        NOT NULL,
  capacity    INT         NOT NULL,
  enabled     TINYINT(1)  NOT NULL DEFAULT 1,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_slot_template (branch_id, start_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
