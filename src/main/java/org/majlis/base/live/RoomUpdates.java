package org.majlis.base.live;

import java.util.function.Consumer;

/**
 * Live updates per room. Views subscribe when attached and unsubscribe when detached; a listener is called on a
 * background thread (never inside a transaction), never twice at once for one room, and must hand its work to
 * {@code ui.access(...)}. Behind an interface so that several nodes can later be fed from a shared bus.
 */
public interface RoomUpdates {

    /** Calls the listener with each coalesced change of the room until the registration is removed. */
    Registration subscribe(long roomId, Consumer<RoomChange> listener);

    /**
     * The sequence number of the room's latest committed change (0 before any): it grows with every commit and is
     * set before the committing call returns, so state loaded after reading {@code n} includes every change up to
     * {@code n}. {@link RoomChange#sequence()} carries the same numbers.
     */
    long lastCommitted(long roomId);

    /** How many listeners the room has now (for tests, metrics and leak checks). */
    int subscriberCount(long roomId);

    /** Removes a subscription; removing twice does nothing. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {

        void remove();

        @Override
        default void close() {
            remove();
        }
    }
}
