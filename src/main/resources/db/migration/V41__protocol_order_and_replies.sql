-- Protocol order and replies tied to a speech (issue 14, ADR 0050).

-- The secretariat's protocol precedence for an organisation (1 first .. 99 last); NULL follows its family
-- (UN entities and OIC institutions 20, member states 30, others 40). A room's co-chairs' organisations come first
-- (10) in that room.
ALTER TABLE organisation
    ADD COLUMN precedence INT NULL;

-- A participant's rank in their delegation: HEAD, DEPUTY or EXPERT.
ALTER TABLE participant
    ADD COLUMN delegation_rank VARCHAR(16) NOT NULL DEFAULT 'EXPERT';

-- Each request keeps the protocol place its speaker had when they asked (the organisation's precedence in that room
-- and the speaker's rank), so protocol order is stable for the whole item and the record says why someone came
-- first; replies_to names the intervention a right of reply or a question answers (same item).
ALTER TABLE floor_request
    ADD COLUMN precedence      INT         NOT NULL DEFAULT 40,
    ADD COLUMN delegation_rank VARCHAR(16) NOT NULL DEFAULT 'EXPERT',
    ADD COLUMN replies_to      BIGINT      NULL,
    ADD CONSTRAINT fk_floor_request_replies_to FOREIGN KEY (replies_to) REFERENCES floor_request (id);

-- The chair's switches between arrival order and protocol order, in the order they were made: the latest is the
-- room's order now (none: arrival order). Never updated or deleted: it is the record of the switches.
CREATE TABLE speaker_order_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    room_id        BIGINT       NOT NULL,
    agenda_item_id BIGINT       NULL,
    speaker_order  VARCHAR(16)  NOT NULL,
    changed_by     VARCHAR(150) NOT NULL,
    changed_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_speaker_order_change_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_speaker_order_change_room ON speaker_order_change (room_id, id);
