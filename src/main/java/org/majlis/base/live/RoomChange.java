package org.majlis.base.live;

import java.util.List;

/**
 * What changed in one room since its previous change went out: the events, in the order they were committed, and
 * the sequence number of the latest ({@link RoomUpdates#lastCommitted}). A view refreshes only the parts that the
 * event types concern.
 */
public record RoomChange(long roomId, List<RoomEvent> events, long sequence) {

    public RoomChange {
        events = List.copyOf(events);
    }

    /** A change without a sequence number (tests, single views). */
    public RoomChange(long roomId, List<RoomEvent> events) {
        this(roomId, events, 0);
    }

    /** Whether any event is of the given type (an event record or an interface such as a module's event family). */
    public boolean any(Class<?> type) {
        return events.stream().anyMatch(type::isInstance);
    }
}
