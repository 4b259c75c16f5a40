-- Issue 11: the room report (ADR 0042). One report per room; the record snapshot (what the room did, taken from the
-- agenda, the floor, the statements and the matrix) and the rapporteur's texts are kept as JSON, apart; every change
-- is a revision with a snapshot of the texts.
CREATE TABLE room_report (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    room_id        BIGINT       NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    return_reason  TEXT         NULL,
    record_json    LONGTEXT     NOT NULL,
    record_taken_at TIMESTAMP(6) NOT NULL,
    texts_json     LONGTEXT     NOT NULL,
    revision_count INT          NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP(6) NOT NULL,
    updated_by     VARCHAR(150) NOT NULL,
    CONSTRAINT uk_room_report_room UNIQUE (room_id),
    CONSTRAINT fk_room_report_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE room_report_revision (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id      BIGINT       NOT NULL,
    number         INT          NOT NULL,
    report_version BIGINT       NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    author_name    VARCHAR(150) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    summary        TEXT         NULL,
    texts_json     LONGTEXT     NOT NULL,
    CONSTRAINT uk_room_report_revision UNIQUE (report_id, number),
    CONSTRAINT fk_room_report_revision FOREIGN KEY (report_id) REFERENCES room_report (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The languages in which every text of a room report must exist (not MISSING) before a chair adopts it.
ALTER TABLE edition ADD COLUMN required_languages VARCHAR(20) NOT NULL DEFAULT 'EN,FR,AR';
