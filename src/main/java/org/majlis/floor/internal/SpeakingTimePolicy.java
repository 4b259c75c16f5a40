package org.majlis.floor.internal;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.SpeakingLimits;
import org.majlis.floor.FloorKind;

import java.time.Duration;
import java.util.Map;

/** How long a speaker may speak: the item's own limit for the kind, else the room's default for it. */
public final class SpeakingTimePolicy {

    private SpeakingTimePolicy() {
    }

    public static int limitSeconds(FloorKind kind, SpeakingLimits itemLimits, Map<FloorKind, Duration> roomDefaults) {
        var itemLimit = itemLimit(kind, itemLimits);
        if (itemLimit != null) {
            return itemLimit;
        }
        var fallback = roomDefaults.get(kind);
        return fallback == null ? 300 : (int) fallback.toSeconds();
    }

    private static @Nullable Integer itemLimit(FloorKind kind, SpeakingLimits limits) {
        return switch (kind) {
            case STATEMENT -> limits.statement();
            case RIGHT_OF_REPLY -> limits.rightOfReply();
            case POINT_OF_ORDER -> limits.pointOfOrder();
            case QUESTION -> limits.question();
        };
    }
}
