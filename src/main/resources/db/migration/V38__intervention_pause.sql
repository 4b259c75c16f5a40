-- The chair pauses a running intervention and resumes it: the countdown stops for everyone and goes on from where it
-- was. paused_at is set while paused; paused_millis adds up the pauses that ended, so the deadline moves by them and
-- the time spoken leaves them out.
ALTER TABLE floor_request
    ADD COLUMN paused_at     DATETIME(6) NULL,
    ADD COLUMN paused_millis BIGINT      NOT NULL DEFAULT 0;
