package org.majlis.agenda;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A room's agenda at one moment: the items in order, the current (open) item, and how far the room is behind
 * ({@code scheduleSeconds > 0}) or ahead ({@code < 0}) of its planned times.
 */
public record AgendaOverview(long roomId, List<AgendaItemSummary> items, @Nullable AgendaItemSummary current,
                             long scheduleSeconds, Instant asOf) {

    public AgendaOverview {
        items = List.copyOf(items);
    }

    public Optional<AgendaItemSummary> item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst();
    }

    public int plannedMinutes() {
        return items.stream().mapToInt(AgendaItemSummary::plannedMinutes).sum();
    }
}
