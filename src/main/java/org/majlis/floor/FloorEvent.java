package org.majlis.floor;

import org.majlis.base.live.RoomEvent;

/** Something happened on the floor of a room's agenda item. Every event names the room, the item and the request. */
public sealed interface FloorEvent extends RoomEvent {

    long itemId();

    record FloorRequested(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record FloorRequestWithdrawn(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record FloorRequestRefused(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record FloorRequestLapsed(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record FloorGranted(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record InterventionEnded(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record SpeakingTimeAdded(long roomId, long itemId, long requestId, int seconds) implements FloorEvent {
    }

    record InterventionPaused(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record InterventionResumed(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record SpeakersQueueReordered(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    record StatementSubmitted(long roomId, long itemId, long requestId) implements FloorEvent {
    }

    /** The chair switched the room between arrival and protocol order ({@code itemId} 0: no item was open). */
    record SpeakerOrderChanged(long roomId, long itemId, SpeakerOrder order) implements FloorEvent {
    }

    /** A chair set the budget per organisation of the room ({@code itemId} 0) or of one item (ADR 0049). */
    record TimeBudgetChanged(long roomId, long itemId) implements FloorEvent {
    }
}
