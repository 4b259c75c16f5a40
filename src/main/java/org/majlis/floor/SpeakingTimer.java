package org.majlis.floor;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * A speaking timer, computed from what is stored — the start, the limit and the time added — so that every browser
 * and every reload shows the same value. Negative remaining time is an overrun.
 */
public record SpeakingTimer(Instant startedAt, int limitSeconds, int addedSeconds, @Nullable Instant endedAt) {

    /** When the speaker's time is up. */
    public Instant deadline() {
        return startedAt.plusSeconds((long) limitSeconds + addedSeconds);
    }

    public boolean running() {
        return endedAt == null;
    }

    /** Time left at {@code now} (negative once over); a finished timer stays where it stopped. */
    public Duration remaining(Instant now) {
        return Duration.between(stoppedOr(now), deadline());
    }

    /** Time spoken so far (or in all, once ended). */
    public Duration elapsed(Instant now) {
        var end = stoppedOr(now);
        return end.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, end);
    }

    public boolean overrun(Instant now) {
        return remaining(now).isNegative();
    }

    private Instant stoppedOr(Instant now) {
        return endedAt != null ? endedAt : now;
    }
}
