package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.meetings.RoomRole;

/**
 * Who looks at a room's floor, resolved once when their page opens (and again when the room's membership changes):
 * their participant record and organisation, their role in the room, and whether they are the secretariat. With it
 * a page derives its view of the shared {@link RoomFloor} in memory, without asking the database who it is.
 */
public record FloorViewer(@Nullable Long participantId, @Nullable Long organisationId, @Nullable RoomRole role,
                          boolean admin) {
}
