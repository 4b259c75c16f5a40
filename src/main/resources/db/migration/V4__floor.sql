-- Majlis schema, part 4: the floor — requests for the floor, the speakers' queue, interventions, statements.

-- No foreign keys to agenda_item from the floor's tables: a foreign-key check takes a shared lock on the item
-- row, which the chair's "close item" transaction holds exclusively while it ends the floor — a lock-order
-- deadlock between a delegate's request and the chair's click. Agenda items that have a record are never deleted.

-- One row per agenda item that has a list of speakers: locked (SELECT ... FOR UPDATE) so that requests, grants,
-- reorders and refusals on one item happen one after the other, whoever clicks at the same time.
CREATE TABLE speakers_list (
    agenda_item_id BIGINT NOT NULL PRIMARY KEY,
    room_id        BIGINT NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A request for the floor; once granted it also records the intervention (start, end, limit, added time).
-- Nothing is deleted: withdrawn, refused and lapsed requests keep their state for the record.
CREATE TABLE floor_request (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY, -- also the arrival order
    version             BIGINT       NOT NULL DEFAULT 0,
    room_id             BIGINT       NOT NULL,
    agenda_item_id      BIGINT       NOT NULL,
    participant_id      BIGINT       NOT NULL,
    speaker_name        VARCHAR(150) NOT NULL,
    organisation_id     BIGINT       NOT NULL,
    organisation_en     VARCHAR(200) NULL,
    organisation_fr     VARCHAR(200) NULL,
    organisation_ar     VARCHAR(200) NULL,
    kind                VARCHAR(20)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    -- The chair's order; null = arrival order (id). Reordering swaps keys, so later arrivals still come last.
    queue_key           BIGINT       NULL,
    requested_at        DATETIME(6)  NOT NULL,
    decided_at          DATETIME(6)  NULL,
    refusal_reason      VARCHAR(500) NULL,
    started_at          DATETIME(6)  NULL,
    ended_at            DATETIME(6)  NULL,
    limit_seconds       INT          NULL,
    added_seconds       INT          NOT NULL DEFAULT 0,
    -- Non-null only while the request is open (waiting or speaking): one open request per delegate and item,
    -- however many times they click.
    open_participant_id BIGINT AS (CASE WHEN status IN ('WAITING', 'SPEAKING') THEN participant_id END) PERSISTENT,
    -- Non-null only while speaking: one speaker per item at a time.
    speaking_item_id    BIGINT AS (CASE WHEN status = 'SPEAKING' THEN agenda_item_id END) PERSISTENT,
    CONSTRAINT uk_floor_request_one_open UNIQUE (agenda_item_id, open_participant_id),
    CONSTRAINT uk_floor_request_one_speaker UNIQUE (speaking_item_id),
    CONSTRAINT fk_floor_request_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_floor_request_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_floor_request_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_floor_request_item ON floor_request (agenda_item_id, status);
CREATE INDEX ix_floor_request_room ON floor_request (room_id, status);

-- A written statement attached to a request or intervention: text in any of the three languages and an
-- optional PDF or DOCX (type checked by its first bytes, size limited by configuration).
CREATE TABLE written_statement (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    floor_request_id BIGINT       NOT NULL,
    room_id          BIGINT       NOT NULL,
    agenda_item_id   BIGINT       NOT NULL,
    text_en          MEDIUMTEXT   NULL,
    text_fr          MEDIUMTEXT   NULL,
    text_ar          MEDIUMTEXT   NULL,
    file_name        VARCHAR(255) NULL,
    file_type        VARCHAR(10)  NULL,
    file_size        INT          NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_written_statement_request UNIQUE (floor_request_id),
    CONSTRAINT fk_written_statement_request FOREIGN KEY (floor_request_id) REFERENCES floor_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_written_statement_item ON written_statement (agenda_item_id);

-- The attached file's bytes, apart so that listing statements never reads them.
CREATE TABLE written_statement_file (
    statement_id BIGINT   NOT NULL PRIMARY KEY,
    data         LONGBLOB NOT NULL,
    CONSTRAINT fk_written_statement_file FOREIGN KEY (statement_id) REFERENCES written_statement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
