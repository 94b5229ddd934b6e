-- Home delivery foundations: eligibility applications, geocoded reader addresses, dated delivery slots.

CREATE TABLE delivery_application (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  reader_id      BIGINT       NOT NULL,
  reason         VARCHAR(16)  NOT NULL,
  note           VARCHAR(255) NULL,
  status         VARCHAR(16)  NOT NULL,
  decided_by     BIGINT       NULL,
  decision_note  VARCHAR(255) NULL,
  decided_at     DATETIME(3)  NULL,
  version        INT          NOT NULL DEFAULT 0,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_delivery_app_reader (reader_id, created_at),
  KEY idx_delivery_app_status (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE reader_address (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  reader_id         BIGINT        NOT NULL,
  contact_name      VARCHAR(64)   NOT NULL,
  phone_cipher      VARCHAR(255)  NOT NULL,
  phone_masked      VARCHAR(20)   NOT NULL,
  region            VARCHAR(128)  NULL,
  detail_cipher     VARCHAR(1024) NOT NULL,
  formatted_masked  VARCHAR(255)  NULL,
  lat               DECIMAL(10,7) NOT NULL,
  lng               DECIMAL(10,7) NOT NULL,
  branch_id         BIGINT        NOT NULL,
  distance_m        INT           NOT NULL,
  is_default        TINYINT(1)    NOT NULL DEFAULT 0,
  deleted           TINYINT(1)    NOT NULL DEFAULT 0,
  created_at        DATETIME(3)   NOT NULL,
  updated_at        DATETIME(3)   NOT NULL,
  PRIMARY KEY (id),
  KEY idx_address_reader (reader_id, deleted)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_slot (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  branch_id   BIGINT      NOT NULL,
  slot_date   DATE        NOT NULL,
  start_time  TIME        NOT NULL,
  end_time    TIME        NOT NULL,
  capacity    INT         NOT NULL,
  reserved    INT         NOT NULL DEFAULT 0,
  created_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_delivery_slot (branch_id, slot_date, start_time),
  KEY idx_delivery_slot_date (slot_date, branch_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
