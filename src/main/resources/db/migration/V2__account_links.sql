-- Majlis schema, part 2: a participant's link to their identity-provider (Keycloak) account.
-- The first time someone signs in through Keycloak, Majlis stores the account's subject (Keycloak's stable user id)
-- on the participant with the same email (or username); the secretariat can remove the link again.
ALTER TABLE participant
    ADD COLUMN account_subject   VARCHAR(255) NULL,
    ADD COLUMN account_linked_at DATETIME(6)  NULL,
    ADD CONSTRAINT uk_participant_account_subject UNIQUE (account_subject);
