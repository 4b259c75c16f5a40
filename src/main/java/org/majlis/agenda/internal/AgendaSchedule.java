package org.majlis.agenda.internal;

import org.majlis.agenda.AgendaItemSummary;

import java.util.List;

/**
 * How far a room is behind (positive) or ahead (negative) of its planned times, in seconds:
 * <ul>
 *     <li>a closed item counts its actual minus its planned time;</li>
 *     <li>the open item counts only once it runs over its planned time (until then the room is on schedule);</li>
 *     <li>a deferred item counts the time already spent on it (its planned time moves with it);</li>
 *     <li>a pending item counts nothing.</li>
 * </ul>
 */
public final class AgendaSchedule {

    private AgendaSchedule() {
    }

    public static long scheduleSeconds(List<AgendaItemSummary> items) {
        long total = 0;
        for (var item : items) {
            total += switch (item.status()) {
                case CLOSED -> item.overSeconds();
                case OPEN -> Math.max(0, item.overSeconds());
                case DEFERRED -> item.actualSeconds();
                case PENDING -> 0;
            };
        }
        return total;
    }

}
