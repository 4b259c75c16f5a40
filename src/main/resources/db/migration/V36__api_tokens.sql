-- API tokens of the read API (ADR 0046): the secretariat issues one per client system and can revoke it. Only the
-- SHA-256 of the token is stored (the token is 256 random bits, shown once when issued); its first characters are
-- kept to recognise it in the list. A revoked token stays, with who revoked it and when, and never works again.
CREATE TABLE api_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    name         VARCHAR(100) NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    scopes       VARCHAR(200) NOT NULL DEFAULT '',
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(100) NULL,
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT uk_api_token_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
