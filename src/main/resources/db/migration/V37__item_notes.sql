-- The chairs' and rapporteurs' private notes on an agenda item (who to call, what to say): one note per item, shared
-- by the room's chairs and rapporteurs, never shown to anyone else, never exported. Versioned: two chairs saving at
-- once are told, not overwritten.
CREATE TABLE item_note (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    room_id        BIGINT       NOT NULL,
    agenda_item_id BIGINT       NOT NULL,
    text           TEXT         NOT NULL,
    updated_by     VARCHAR(150) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_item_note_item UNIQUE (agenda_item_id),
    CONSTRAINT fk_item_note_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_item_note_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
