package org.majlis.base;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The current instant at the precision the database keeps ({@code DATETIME(6)}: microseconds), so that what a
 * command returns equals what a later read returns.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
