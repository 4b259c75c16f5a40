package org.majlis.agenda;

import org.majlis.agenda.internal.AgendaItemRepository;
import org.majlis.agenda.internal.AgendaSchedule;
import org.majlis.base.StoredTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * A room's agenda read for the room rather than for a user: the same overview as {@link AgendaService#overview},
 * without its check of the current user. Only for state that is loaded once and shared by everyone who already
 * passed their own check — the room's shared floor (ADR 0043), which every page of the room and the room's big
 * screen (opened by a link, with no user at all; ADR 0048) read. Never hand what it returns to a caller that was
 * not checked.
 */
@Component
@Transactional(readOnly = true)
public class AgendaOverviews {

    private final AgendaItemRepository items;
    private final Clock clock;

    AgendaOverviews(AgendaItemRepository items, Clock clock) {
        this.items = items;
        this.clock = clock;
    }

    /** The room's agenda now: items in order, the current item and the room's timing. */
    public AgendaOverview overviewOfRoom(long roomId) {
        var now = StoredTime.now(clock);
        var summaries = AgendaService.summaries(items.findByRoom(roomId), now);
        var current = summaries.stream().filter(AgendaItemSummary::isOpen).findFirst().orElse(null);
        return new AgendaOverview(roomId, summaries, current, AgendaSchedule.scheduleSeconds(summaries), now);
    }
}
