-- Closing and reopening a room is a recorded action of the secretariat: who, when, and (for reopening) why. The
-- room's is_open flag stays the current state; this table is its history, newest last. Rows are never changed.
CREATE TABLE room_status_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    room_id     BIGINT       NOT NULL,
    is_open     BOOLEAN      NOT NULL,
    changed_by  VARCHAR(255) NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    reason      VARCHAR(500) NULL,
    CONSTRAINT fk_room_status_change_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_room_status_change_room ON room_status_change (room_id, id);
