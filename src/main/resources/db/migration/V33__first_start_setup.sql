-- First-start setup outside demo mode (ADR 0031): the secretariat's first local account is created once, on the setup
-- screen or from MAJLIS_ADMIN_USERNAME / MAJLIS_ADMIN_PASSWORD. Its one row is locked while that account is created,
-- so that two operators racing the setup create one account, and it records when that happened and for whom.
CREATE TABLE first_start_setup (
    id                   INT          NOT NULL PRIMARY KEY,
    completed_at         DATETIME(6)  NULL,
    secretariat_username VARCHAR(100) NULL,
    CONSTRAINT ck_first_start_setup_one_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO first_start_setup (id) VALUES (1);
