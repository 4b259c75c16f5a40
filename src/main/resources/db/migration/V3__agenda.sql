-- Majlis schema, part 3: the agenda of each room.

CREATE TABLE agenda_item (
    id                      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                 BIGINT       NOT NULL DEFAULT 0,
    room_id                 BIGINT       NOT NULL,
    position                INT          NOT NULL,
    title_en                VARCHAR(300) NULL,
    title_fr                VARCHAR(300) NULL,
    title_ar                VARCHAR(300) NULL,
    description_en          TEXT         NULL,
    description_fr          TEXT         NULL,
    description_ar          TEXT         NULL,
    planned_minutes         INT          NOT NULL,
    -- Speaking-time limits for this item (seconds); null = the room's default for that kind.
    limit_statement         INT          NULL,
    limit_right_of_reply    INT          NULL,
    limit_point_of_order    INT          NULL,
    limit_question          INT          NULL,
    status                  VARCHAR(20)  NOT NULL,
    first_opened_at         DATETIME(6)  NULL,
    opened_at               DATETIME(6)  NULL,
    closed_at               DATETIME(6)  NULL,
    -- Seconds the item was open in earlier (finished) periods; the running period counts from opened_at.
    actual_seconds          BIGINT       NOT NULL DEFAULT 0,
    -- Non-null only while the item is open: at most one open item per room, whatever two chairs click.
    open_room_id            BIGINT AS (CASE WHEN status = 'OPEN' THEN room_id END) PERSISTENT,
    CONSTRAINT uk_agenda_item_one_open_per_room UNIQUE (open_room_id),
    CONSTRAINT fk_agenda_item_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT ck_agenda_item_planned CHECK (planned_minutes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agenda_item_room ON agenda_item (room_id, position);

-- One row per room that has an agenda: locked (SELECT ... FOR UPDATE) to serialise changes to the room's agenda.
CREATE TABLE agenda_lock (
    room_id BIGINT NOT NULL PRIMARY KEY,
    CONSTRAINT fk_agenda_lock_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
