package org.majlis.demo.bench;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * The bench room as the load driver needs it: its id, the chair who clicks, the bench participants (first the
 * configured number of each kind) and a delegate of the demo to speak when there are no bench delegates.
 */
record BenchRoom(long roomId, String chair, List<String> observers, List<String> delegates,
                 @Nullable String demoDelegate) {

    BenchRoom {
        observers = List.copyOf(observers);
        delegates = List.copyOf(delegates);
    }

    /** The Vaadin route of the room's page. */
    String route() {
        return "rooms/" + roomId;
    }

    /** Who asks for the floor when the bench prepares a speaker. */
    String speaker() {
        if (!delegates.isEmpty()) {
            return delegates.getFirst();
        }
        if (demoDelegate == null) {
            throw new IllegalStateException("The bench room " + roomId + " has no delegate to give the floor to:"
                    + " set majlis.bench.delegates");
        }
        return demoDelegate;
    }
}
