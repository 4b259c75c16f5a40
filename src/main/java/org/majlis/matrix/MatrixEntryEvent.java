package org.majlis.matrix;

import org.majlis.base.live.RoomEvent;

/**
 * What happened to a matrix entry, carrying ids only. Published inside the change's transaction, it reaches the
 * room's views through {@link org.majlis.base.live.RoomUpdates} after commit; they reload through the services.
 * {@link #roomId()} is the room whose matrix view shows the change (for a review report: the reviewing room).
 */
public sealed interface MatrixEntryEvent extends RoomEvent {

    @Override
    long roomId();

    long entryId();

    record Drafted(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Edited(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Submitted(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Adopted(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Returned(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Withdrawn(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Reopened(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Commented(long roomId, long entryId) implements MatrixEntryEvent {
    }

    record Reviewed(long roomId, long entryId) implements MatrixEntryEvent {
    }
}
