package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.meetings.RoomKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Configuration of the floor ({@code majlis.floor.*}): the default speaking-time limit per kind, optionally
 * different per kind of room, and the largest file a written statement may carry.
 */
@ConfigurationProperties("majlis.floor")
public record FloorSettings(@Nullable Limits limits, @Nullable Map<RoomKind, Limits> roomLimits,
                            @Nullable DataSize statementMaxFileSize) {

    public static final Limits BUILT_IN = new Limits(Duration.ofMinutes(5), Duration.ofMinutes(2),
            Duration.ofMinutes(1), Duration.ofMinutes(2));

    public FloorSettings {
        limits = limits == null ? BUILT_IN : limits.orElse(BUILT_IN);
        roomLimits = roomLimits == null ? Map.of() : Map.copyOf(roomLimits);
        statementMaxFileSize = statementMaxFileSize == null ? DataSize.ofMegabytes(5) : statementMaxFileSize;
    }

    /** The default limit per kind in a room of this kind: its own settings, else the general ones. */
    public Map<FloorKind, Duration> defaultsFor(@Nullable RoomKind roomKind) {
        var general = limits == null ? BUILT_IN : limits;
        var own = roomKind == null || roomLimits == null ? null : roomLimits.get(roomKind);
        var effective = own == null ? general : own.orElse(general);
        var result = new EnumMap<FloorKind, Duration>(FloorKind.class);
        result.put(FloorKind.STATEMENT, effective.statement());
        result.put(FloorKind.RIGHT_OF_REPLY, effective.rightOfReply());
        result.put(FloorKind.POINT_OF_ORDER, effective.pointOfOrder());
        result.put(FloorKind.QUESTION, effective.question());
        return result;
    }

    public long maxFileBytes() {
        return statementMaxFileSize == null ? DataSize.ofMegabytes(5).toBytes() : statementMaxFileSize.toBytes();
    }

    /** Limits per kind; a missing one falls back to the more general setting. */
    public record Limits(@Nullable Duration statement, @Nullable Duration rightOfReply,
                         @Nullable Duration pointOfOrder, @Nullable Duration question) {

        Limits orElse(Limits fallback) {
            return new Limits(statement != null ? statement : fallback.statement(),
                    rightOfReply != null ? rightOfReply : fallback.rightOfReply(),
                    pointOfOrder != null ? pointOfOrder : fallback.pointOfOrder(),
                    question != null ? question : fallback.question());
        }
    }
}
