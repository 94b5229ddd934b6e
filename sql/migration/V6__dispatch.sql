-- Delivery execution: a plan per branch and slot, courier routes with ordered stops, handover codes.

ALTER TABLE borrow_order ADD COLUMN handover_code CHAR(4) NULL;
ALTER TABLE borrow_order ADD COLUMN dispatch_note VARCHAR(255) NULL;

CREATE TABLE dispatch_plan (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  branch_id       BIGINT      NOT NULL,
  slot_id         BIGINT      NOT NULL,
  estimated       TINYINT(1)  NOT NULL DEFAULT 0,
  planned_stops   INT         NOT NULL DEFAULT 0,
  unassigned      INT         NOT NULL DEFAULT 0,
  travel_seconds  INT         NOT NULL DEFAULT 0,
  created_at      DATETIME(3) NOT NULL,
  updated_at      DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_dispatch_plan_slot (slot_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_route (
  id              BIGINT      NOT NULL AUTO_INCREMENT,
  branch_id       BIGINT      NOT NULL,
  slot_id         BIGINT      NOT NULL,
  courier_id      BIGINT      NOT NULL,
  status          VARCHAR(16) NOT NULL,
  planned_start   DATETIME(3) NULL,
  travel_seconds  INT         NOT NULL DEFAULT 0,
  started_at      DATETIME(3) NULL,
  version         INT         NOT NULL DEFAULT 0,
  created_at      DATETIME(3) NOT NULL,
  updated_at      DATETIME(3) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_route_slot_courier (slot_id, courier_id),
  KEY idx_route_courier (courier_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_stop (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  route_id             BIGINT       NOT NULL,
  order_id             BIGINT       NOT NULL,
  seq                  INT          NOT NULL,
  reader_id            BIGINT       NOT NULL,
  address_id           BIGINT       NOT NULL,
  lat                  DECIMAL(10,7) NOT NULL,
  lng                  DECIMAL(10,7) NOT NULL,
  planned_arrival      DATETIME(3)  NULL,
  status               VARCHAR(16)  NOT NULL,
  wrong_code_attempts  INT          NOT NULL DEFAULT 0,
  locked               TINYINT(1)   NOT NULL DEFAULT 0,
  fail_reason          VARCHAR(255) NULL,
  completed_at         DATETIME(3)  NULL,
  version              INT          NOT NULL DEFAULT 0,
  created_at           DATETIME(3)  NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  KEY idx_stop_route (route_id, seq),
  KEY idx_stop_order (order_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
