package org.majlis.agenda;

import org.majlis.base.live.RoomEvent;

/** Something happened to a room's agenda. Every event names the room and the item. */
public sealed interface AgendaEvent extends RoomEvent {

    long itemId();

    record AgendaItemAdded(long roomId, long itemId) implements AgendaEvent {
    }

    record AgendaItemChanged(long roomId, long itemId) implements AgendaEvent {
    }

    record AgendaItemRemoved(long roomId, long itemId) implements AgendaEvent {
    }

    record AgendaItemMoved(long roomId, long itemId) implements AgendaEvent {
    }

    record AgendaItemOpened(long roomId, long itemId) implements AgendaEvent {
    }

    record AgendaItemClosed(long roomId, long itemId) implements AgendaEvent {
    }

    record AgendaItemDeferred(long roomId, long itemId) implements AgendaEvent {
    }

    record AgendaItemReopened(long roomId, long itemId) implements AgendaEvent {
    }
}
