-- Big-screen links (ADR 0048): a chair of the room or the secretariat makes a link that opens the room's big screen
-- (the floor for the projector) without an account. Only the SHA-256 of the link's secret is stored (256 random
-- bits, shown once when made); its first characters are kept to tell links apart in the list. A revoked link stays,
-- with who revoked it and when, and never opens the screen again.
CREATE TABLE screen_link (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    room_id      BIGINT       NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(150) NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(150) NULL,
    CONSTRAINT uk_screen_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_screen_link_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_screen_link_room ON screen_link (room_id, revoked_at);
