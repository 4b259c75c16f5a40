package org.majlis.agenda;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.Instant;

/**
 * An agenda item as the room sees it. {@code actualSeconds} is the time it has been open so far (all open periods,
 * the running one up to {@code asOf}).
 */
public record AgendaItemSummary(long id, long version, long roomId, int number, LocalizedText title,
                                LocalizedText description, int plannedMinutes, SpeakingLimits limits,
                                AgendaItemStatus status, @Nullable Instant firstOpenedAt, @Nullable Instant openedAt,
                                @Nullable Instant closedAt, long actualSeconds, Instant asOf) {

    public boolean isOpen() {
        return status == AgendaItemStatus.OPEN;
    }

    /** Actual minus planned time, in seconds (positive = over time). */
    public long overSeconds() {
        return actualSeconds - plannedMinutes * 60L;
    }

    public AgendaItemData toData() {
        return new AgendaItemData(title, description, plannedMinutes, limits);
    }
}
