package org.majlis.agenda.internal;

import org.majlis.agenda.AgendaItemStatus;
import org.majlis.base.InvalidInputException;

import java.util.Collection;

/** The rules about a room's agenda as a whole, named as the chair would say them. */
public final class AgendaRules {

    private AgendaRules() {
    }

    /**
     * Only one item of a room is open at a time: opening another one is refused (with the open item's number)
     * until the chair closes or defers it.
     */
    public static void onlyOneOpenItemPerRoom(Collection<AgendaItem> roomItems, AgendaItem toOpen) {
        var ordered = roomItems.stream()
                .sorted(java.util.Comparator.comparingInt(AgendaItem::getPosition).thenComparing(AgendaItem::getId))
                .toList();
        for (var i = 0; i < ordered.size(); i++) {
            var item = ordered.get(i);
            if (item.getStatus() == AgendaItemStatus.OPEN && !item.getId().equals(toOpen.getId())) {
                throw new InvalidInputException("status", "agenda.error.another-open", i + 1);
            }
        }
    }
}
