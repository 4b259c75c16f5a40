package org.majlis.meetings;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Everything the room page shows about a room; only its members and the secretariat may read it. */
public record RoomDetails(RoomSummary room, EditionSummary edition, @Nullable RoomRole myRole, boolean admin,
                          List<RoomMember> members) {

    public List<RoomMember> withRole(RoomRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }
}
