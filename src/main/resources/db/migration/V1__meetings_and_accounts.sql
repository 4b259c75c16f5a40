-- Majlis schema, part 1: organisations, editions, rooms, participants and their room roles; local accounts.
-- Every table is utf8mb4 so that Arabic (and any script) is stored as written.

CREATE TABLE organisation (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    family       VARCHAR(20)  NOT NULL,
    name_en      VARCHAR(200) NULL,
    name_fr      VARCHAR(200) NULL,
    name_ar      VARCHAR(200) NULL,
    acronym_en   VARCHAR(30)  NULL,
    acronym_fr   VARCHAR(30)  NULL,
    acronym_ar   VARCHAR(60)  NULL,
    country_code CHAR(2)      NULL,
    CONSTRAINT uk_organisation_acronym_en UNIQUE (acronym_en),
    CONSTRAINT uk_organisation_acronym_fr UNIQUE (acronym_fr),
    CONSTRAINT uk_organisation_acronym_ar UNIQUE (acronym_ar),
    CONSTRAINT uk_organisation_country UNIQUE (country_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE edition (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT       NOT NULL DEFAULT 0,
    number              INT          NOT NULL,
    city_en             VARCHAR(100) NULL,
    city_fr             VARCHAR(100) NULL,
    city_ar             VARCHAR(100) NULL,
    venue_en            VARCHAR(200) NULL,
    venue_fr            VARCHAR(200) NULL,
    venue_ar            VARCHAR(200) NULL,
    start_date          DATE         NOT NULL,
    end_date            DATE         NOT NULL,
    previous_edition_id BIGINT       NULL,
    host_id             BIGINT       NULL,
    CONSTRAINT uk_edition_number UNIQUE (number),
    CONSTRAINT fk_edition_previous FOREIGN KEY (previous_edition_id) REFERENCES edition (id),
    CONSTRAINT fk_edition_host FOREIGN KEY (host_id) REFERENCES organisation (id),
    CONSTRAINT ck_edition_dates CHECK (end_date >= start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE room (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    edition_id BIGINT       NOT NULL,
    kind       VARCHAR(40)  NOT NULL,
    title_en   VARCHAR(200) NULL,
    title_fr   VARCHAR(200) NULL,
    title_ar   VARCHAR(200) NULL,
    is_open    BOOLEAN      NOT NULL DEFAULT TRUE,
    position   INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_room_edition FOREIGN KEY (edition_id) REFERENCES edition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE participant (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    full_name       VARCHAR(150) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    organisation_id BIGINT       NULL,
    position_title  VARCHAR(200) NULL,
    username        VARCHAR(100) NULL,
    CONSTRAINT uk_participant_email UNIQUE (email),
    CONSTRAINT uk_participant_username UNIQUE (username),
    CONSTRAINT fk_participant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE room_assignment (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    participant_id BIGINT      NOT NULL,
    room_id        BIGINT      NOT NULL,
    role           VARCHAR(20) NOT NULL,
    CONSTRAINT uk_room_assignment UNIQUE (participant_id, room_id),
    CONSTRAINT fk_room_assignment_participant FOREIGN KEY (participant_id) REFERENCES participant (id) ON DELETE CASCADE,
    CONSTRAINT fk_room_assignment_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_room_assignment_room ON room_assignment (room_id, role);

-- Local accounts of the embedded default (production signs in through Keycloak instead).
CREATE TABLE local_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    is_admin      BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    demo          BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_local_account_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Marks a database that Majlis filled with demo data, so seeding never runs twice.
CREATE TABLE demo_seed (
    id        INT       NOT NULL PRIMARY KEY,
    seeded_at TIMESTAMP NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
