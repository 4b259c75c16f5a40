-- Every implementation report is kept: matrix_review holds the latest report per entry and edition (with its version
-- for optimistic locking), matrix_review_report every report in the order it was made. Reports made before this
-- migration become the first row of their history.
CREATE TABLE matrix_review_report (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_id    BIGINT        NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    progress     INT           NOT NULL,
    note         VARCHAR(1000) NULL,
    reported_by  VARCHAR(150)  NOT NULL,
    reporter_org VARCHAR(60)   NULL,
    reported_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT fk_matrix_review_report_review FOREIGN KEY (review_id) REFERENCES matrix_review (id),
    CONSTRAINT ck_matrix_review_report_progress CHECK (progress BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_matrix_review_report_review ON matrix_review_report (review_id, reported_at);

INSERT INTO matrix_review_report (review_id, status, progress, note, reported_by, reporter_org, reported_at)
SELECT id, status, progress, note, reported_by, reporter_org, reported_at FROM matrix_review;
