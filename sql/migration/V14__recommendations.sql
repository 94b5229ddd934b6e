-- Recommendations (猜你喜欢): item-to-item collaborative filtering on loan history, rebuilt nightly by recommendRebuildJob.
-- A rebuild writes a new generation of item_similarity, then publishes it by marking its recommend_generation row
-- CURRENT (one statement: readers switch atomically from the newest CURRENT generation to the next), then deletes the
-- rows of older generations. Readers always read the newest CURRENT generation.

CREATE TABLE recommend_generation (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  status        VARCHAR(16)  NOT NULL,
  readers       INT          NOT NULL DEFAULT 0,
  titles        INT          NOT NULL DEFAULT 0,
  loan_pairs    INT          NOT NULL DEFAULT 0,
  neighbours    INT          NOT NULL DEFAULT 0,
  compute_ms    BIGINT       NOT NULL DEFAULT 0,
  started_at    DATETIME(3)  NOT NULL,
  finished_at   DATETIME(3)  NULL,
  PRIMARY KEY (id),
  KEY idx_recommend_generation_status (status, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- top-K neighbours of each title: readers who borrowed book_id also borrowed similar_book_id
CREATE TABLE item_similarity (
  generation       BIGINT    NOT NULL,
  book_id          BIGINT    NOT NULL,
  sim_rank         SMALLINT  NOT NULL,
  similar_book_id  BIGINT    NOT NULL,
  score            DOUBLE    NOT NULL,
  co_readers       INT       NOT NULL,
  PRIMARY KEY (generation, book_id, sim_rank)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
