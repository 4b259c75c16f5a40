package org.majlis.matrix;

/**
 * What happened to a matrix entry; published after the change is saved, carrying ids only. Views reload through
 * the services when they hear one.
 */
public sealed interface MatrixEntryEvent {

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
