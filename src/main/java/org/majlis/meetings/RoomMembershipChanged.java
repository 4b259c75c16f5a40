package org.majlis.meetings;

import org.majlis.base.live.RoomEvent;

/**
 * The secretariat gave a participant a role in the room, changed it or took it away (or removed or unlinked the
 * participant). Open pages of that participant follow at once (another role, or no longer in the room); the others
 * ignore it.
 */
public record RoomMembershipChanged(long roomId, long participantId) implements RoomEvent {
}
