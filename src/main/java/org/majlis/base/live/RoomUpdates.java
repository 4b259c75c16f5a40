package org.majlis.base.live;

import java.util.function.Consumer;

/**
 * Live updates per room. Views subscribe when attached and unsubscribe when detached; a listener is called on a
 * background thread (never inside a transaction), at most once per coalescing window, and must hand its work to
 * {@code ui.access(...)}. Behind an interface so that several nodes can later be fed from a shared bus.
 */
public interface RoomUpdates {

    /** Calls the listener with each coalesced change of the room until the registration is removed. */
    Registration subscribe(long roomId, Consumer<RoomChange> listener);

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
