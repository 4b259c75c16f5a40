package org.majlis.base.live;

import java.util.List;

/**
 * What changed in one room within one coalescing window: the events, in the order they were committed. A view
 * reloads (through its service) only the parts that the event types concern.
 */
public record RoomChange(long roomId, List<RoomEvent> events) {

    public RoomChange {
        events = List.copyOf(events);
    }

    /** Whether any event is of the given type (an event record or an interface such as a module's event family). */
    public boolean any(Class<?> type) {
        return events.stream().anyMatch(type::isInstance);
    }
}
