package org.majlis.base.live;

/**
 * Something changed in a room. Modules publish their past-tense events (records with ids) through Spring's
 * {@code ApplicationEventPublisher}; the {@link RoomUpdates} broadcaster passes them, after commit and coalesced,
 * to every view of the room.
 */
public interface RoomEvent {

    long roomId();
}
