package org.majlis.meetings;

import org.majlis.base.live.RoomEvent;

/**
 * The secretariat closed or reopened a room. Open room pages follow it (through
 * {@link org.majlis.base.live.RoomUpdates}): they show or drop the read-only notice and the controls.
 */
public record RoomStatusChanged(long roomId, boolean open) implements RoomEvent {
}
