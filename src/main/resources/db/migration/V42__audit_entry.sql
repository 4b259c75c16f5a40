-- The audit trail (issue 15, ADR 0051): who did what, when, from which account, for every kind of record, in one
-- append-only table written in the same transaction as the change. The app never updates or deletes a row here;
-- retention is a DBA's job (docs/operations.md), and the app's database user may be denied UPDATE and DELETE on it.
-- No foreign keys: an entry outlives the record it tells about (a deleted organisation keeps its history).
CREATE TABLE audit_entry (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at             DATETIME(6)   NOT NULL,
    actor_username VARCHAR(150)  NOT NULL,
    actor_name     VARCHAR(200)  NOT NULL,
    actor_kind     VARCHAR(16)   NOT NULL,
    record_kind    VARCHAR(32)   NOT NULL,
    record_id      BIGINT        NULL,
    action         VARCHAR(32)   NOT NULL,
    edition_id     BIGINT        NULL,
    room_id        BIGINT        NULL,
    detail         VARCHAR(1000) NOT NULL DEFAULT '',
    INDEX ix_audit_entry_at (at),
    INDEX ix_audit_entry_room (room_id, at),
    INDEX ix_audit_entry_edition (edition_id, at),
    INDEX ix_audit_entry_actor (actor_username, at),
    INDEX ix_audit_entry_record (record_kind, record_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
