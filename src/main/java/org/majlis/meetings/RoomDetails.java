package org.majlis.meetings;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * Everything the room page shows about a room; only its members and the secretariat may read it. The members
 * themselves are read page by page ({@link RoomService#members}: a plenary has thousands), here only how many have
 * each role. {@code readOnly}
 * says why the room is read-only for its participants (null while it is writable), {@code lastStatusChange} the
 * secretariat's latest closing or reopening of it (null if never).
 */
public record RoomDetails(RoomSummary room, EditionSummary edition, @Nullable RoomRole myRole, boolean admin,
                          Map<RoomRole, Integer> memberCounts, @Nullable ReadOnlyReason readOnly,
                          @Nullable RoomStatusEntry lastStatusChange) {

    public RoomDetails {
        memberCounts = Map.copyOf(memberCounts);
    }

    /** How many members have this role in the room. */
    public int memberCount(RoomRole role) {
        return memberCounts.getOrDefault(role, 0);
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
