package org.majlis.meetings;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Everything the room page shows about a room; only its members and the secretariat may read it. {@code readOnly}
 * says why the room is read-only for its participants (null while it is writable), {@code lastStatusChange} the
 * secretariat's latest closing or reopening of it (null if never).
 */
public record RoomDetails(RoomSummary room, EditionSummary edition, @Nullable RoomRole myRole, boolean admin,
                          List<RoomMember> members, @Nullable ReadOnlyReason readOnly,
                          @Nullable RoomStatusEntry lastStatusChange) {

    public List<RoomMember> withRole(RoomRole role) {
        return members.stream().filter(m -> m.role() == role).toList();
    }

    /**
     * Whether the current user may change the room's agenda, floor, statements and matrix (as far as their role
     * allows): the room is writable, or they are the secretariat. Views hide their controls when it is false; the
     * services refuse anyway ({@link RoomAccess#requireWritable}).
     */
    public boolean mayChange() {
        return admin || readOnly == null;
    }
}
