-- Speaking-time budgets per organisation (ADR 0049): how long each organisation may speak on an agenda item. One
-- row for the room (every item's budget unless the item has its own) and at most one per item; budget_seconds NULL
-- means "no budget" (a chair switching off the room's or the settings' default). No row: the next level decides.
-- Versioned: two chairs saving at once are told, not overwritten.
CREATE TABLE time_budget (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    room_id        BIGINT       NOT NULL,
    agenda_item_id BIGINT       NULL,
    -- MariaDB lets NULLs repeat in a unique key: the room's own row is keyed as item 0
    item_key       BIGINT       AS (COALESCE(agenda_item_id, 0)) PERSISTENT,
    budget_seconds INT          NULL,
    updated_by     VARCHAR(150) NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_time_budget_scope UNIQUE (room_id, item_key),
    CONSTRAINT fk_time_budget_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT fk_time_budget_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_time_budget_seconds CHECK (budget_seconds IS NULL OR budget_seconds > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
