package org.majlis.base.live;

/** Someone entered or left a room. */
public record PresenceChanged(long roomId) implements RoomEvent {
}
