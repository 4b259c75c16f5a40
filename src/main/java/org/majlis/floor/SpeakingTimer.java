package org.majlis.floor;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;

/**
 * A speaking timer, computed from what is stored — the start, the limit, the time added and the pauses — so that
 * every browser and every reload shows the same value. Negative remaining time is an overrun. While paused
 * ({@code pausedAt} set) the timer stands still; pauses that ended ({@code pausedMillis}) move the deadline on by
 * their length and do not count as time spoken.
 */
public record SpeakingTimer(Instant startedAt, int limitSeconds, int addedSeconds, @Nullable Instant endedAt,
                            @Nullable Instant pausedAt, long pausedMillis) {

    /** A timer never paused. */
    public SpeakingTimer(Instant startedAt, int limitSeconds, int addedSeconds, @Nullable Instant endedAt) {
        this(startedAt, limitSeconds, addedSeconds, endedAt, null, 0);
    }

    /** When the speaker's time is up, as things stand (while paused: if the pause ended now). */
    public Instant deadline() {
        return startedAt.plusSeconds((long) limitSeconds + addedSeconds).plusMillis(pausedMillis);
    }

    public boolean running() {
        return endedAt == null;
    }

    /** Paused by the chair (and not ended). */
    public boolean paused() {
        return endedAt == null && pausedAt != null;
    }

    /** Time left at {@code now} (negative once over); a paused or finished timer stays where it stopped. */
    public Duration remaining(Instant now) {
        return Duration.between(stoppedOr(now), deadline());
    }

    /** Time spoken so far (or in all, once ended), pauses left out. */
    public Duration elapsed(Instant now) {
        var spoken = Duration.between(startedAt, stoppedOr(now)).minusMillis(pausedMillis);
        return spoken.isNegative() ? Duration.ZERO : spoken;
    }

    /** Time spoken in all, for the record: zero until the intervention ended. */
    public Duration spoken() {
        return endedAt == null ? Duration.ZERO : elapsed(endedAt);
    }

    public boolean overrun(Instant now) {
        return remaining(now).isNegative();
    }

    private Instant stoppedOr(Instant now) {
        if (endedAt != null) {
            return endedAt;
        }
        return pausedAt != null ? pausedAt : now;
    }
}
