package org.majlis.floor;

import org.majlis.floor.internal.FloorRequestRepository;
import org.majlis.floor.internal.WrittenStatementRepository;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomRole;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Objects;

/**
 * The room-scoped rules of the floor that {@code @PreAuthorize} expressions read as sentences:
 * {@code @floorGuard.speaksFor(#roomId, #organisationId)}, {@code @floorGuard.madeRequest(#roomId, #requestId)}.
 */
@Component("floorGuard")
@Transactional(readOnly = true)
public class FloorGuard {

    private final RoomAccess roomAccess;
    private final FloorRequestRepository requests;
    private final WrittenStatementRepository statements;

    FloorGuard(RoomAccess roomAccess, FloorRequestRepository requests, WrittenStatementRepository statements) {
        this.roomAccess = roomAccess;
        this.requests = requests;
        this.statements = statements;
    }

    /** A delegate of the room, asking for their own organisation (never for another one). */
    public boolean speaksFor(long roomId, long organisationId) {
        return roomAccess.hasRole(roomId, RoomRole.DELEGATE) && roomAccess.currentParticipant()
                .map(p -> Objects.equals(p.organisationId(), organisationId))
                .orElse(false);
    }

    /** The delegate of the room who made this request (no one else withdraws it or writes its statement). */
    public boolean madeRequest(long roomId, long requestId) {
        var me = roomAccess.currentParticipantId();
        return me.isPresent() && roomAccess.hasRole(roomId, RoomRole.DELEGATE)
                && requests.findParticipantOf(requestId, roomId).filter(me.get()::equals).isPresent();
    }

    /** The room's chairs and rapporteurs (and the secretariat) read every statement. */
    public boolean readsAllStatements(long roomId) {
        return roomAccess.mayChair(roomId) || roomAccess.hasRole(roomId, RoomRole.RAPPORTEUR);
    }

    /** Reads every statement, or this one is their own. */
    public boolean mayReadStatement(long roomId, long statementId) {
        if (readsAllStatements(roomId)) {
            return true;
        }
        return statements.findById(statementId)
                .filter(s -> s.getRoomId() == roomId)
                .map(s -> madeRequest(roomId, s.getRequestId()))
                .orElse(false);
    }
}
