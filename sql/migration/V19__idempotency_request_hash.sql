-- The same Idempotency-Key with a different request is refused (422 IDEMPOTENCY_KEY_REUSED) instead of replaying the
-- first answer: the SHA-256 (hex) of the first request is kept with its key. Rows written before have none and replay
-- as they did.
ALTER TABLE idempotency_record ADD COLUMN request_hash CHAR(64) NULL AFTER idem_key;
