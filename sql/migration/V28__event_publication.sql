-- Spring Modulith's event publication registry (docs/design-decisions.md, "Events that are not lost"): one row per
-- (event, listener) written in the business transaction, completed when the listener has handled it; incomplete rows
-- are resubmitted by eventPublicationJob and at start. The columns are Modulith 2.0.3's own MySQL schema
-- (spring-modulith-events-jdbc, schemas/v2/schema-mysql.sql), copied exactly: Modulith's own schema initialization is
-- off, Flyway owns the table. The upper-case name is the one Modulith's statements use (table names are case-sensitive
-- on Linux).
CREATE TABLE IF NOT EXISTS EVENT_PUBLICATION
(
  ID                     VARCHAR(36) NOT NULL,
  LISTENER_ID            VARCHAR(512) NOT NULL,
  EVENT_TYPE             VARCHAR(512) NOT NULL,
  SERIALIZED_EVENT       VARCHAR(4000) NOT NULL,
  PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
  COMPLETION_DATE        TIMESTAMP(6) DEFAULT NULL NULL,
  STATUS                 VARCHAR(20),
  COMPLETION_ATTEMPTS    INT,
  LAST_RESUBMISSION_DATE TIMESTAMP(6) DEFAULT NULL NULL,
  PRIMARY KEY (ID),
  INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
);
