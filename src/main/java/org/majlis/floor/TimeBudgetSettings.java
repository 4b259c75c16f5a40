package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.meetings.RoomKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * The default speaking-time budget per organisation ({@code majlis.floor.budgets.*}, ADR 0049), used where the chair
 * set none: {@code standard} for every room, {@code room-kinds.<KIND>} for one kind of room (0 there: no budget in
 * that kind of room). Nothing set: no budget. {@code warning}: how long before the end of a budget the speaker's
 * countdown turns amber (at most a quarter of the budget, so a short budget does not start amber).
 */
@ConfigurationProperties("majlis.floor.budgets")
public record TimeBudgetSettings(@Nullable Duration standard, @Nullable Map<RoomKind, Duration> roomKinds,
                                 @Nullable Duration warning) {

    public static final Duration DEFAULT_WARNING = Duration.ofSeconds(60);

    public TimeBudgetSettings {
        roomKinds = roomKinds == null ? Map.of() : Map.copyOf(roomKinds);
        warning = warning == null || warning.isNegative() ? DEFAULT_WARNING : warning;
    }

    /** The default budget in a room of this kind, or null for none. */
    public @Nullable Duration defaultFor(@Nullable RoomKind kind) {
        var own = kind == null || roomKinds == null ? null : roomKinds.get(kind);
        var chosen = own != null ? own : standard;
        return chosen == null || chosen.isZero() || chosen.isNegative() ? null : chosen;
    }

    public Duration warningOrDefault() {
        return warning == null ? DEFAULT_WARNING : warning;
    }
}
