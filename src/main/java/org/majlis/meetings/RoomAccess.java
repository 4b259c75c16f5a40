package org.majlis.meetings;

import org.majlis.base.NotFoundException;
import org.majlis.base.RefusedException;
import org.majlis.meetings.internal.AssignmentRepository;
import org.majlis.meetings.internal.Edition;
import org.majlis.meetings.internal.EditionRepository;
import org.majlis.meetings.internal.Participant;
import org.majlis.meetings.internal.ParticipantRepository;
import org.majlis.meetings.internal.RoomRepository;
import org.majlis.security.CurrentUser;
import org.majlis.security.UserIdentity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Room-scoped authorisation: which role the current user holds in a room, and whether they may act in it.
 * The secretariat (ADMIN) may read every room and act as its chair. Services use it in {@code @PreAuthorize}
 * expressions ({@code @roomAccess.mayChair(#roomId)}) and in guard methods.
 * <p>
 * It also holds the one rule of read-only rooms: a room is <em>writable</em> while it is open and its edition is
 * the current one; otherwise only the secretariat may change it ({@link #readOnlyReason}, {@link #mayChange},
 * {@link #requireWritable}).
 */
@Component("roomAccess")
@Transactional(readOnly = true)
public class RoomAccess {

    private final CurrentUser currentUser;
    private final ParticipantRepository participants;
    private final AssignmentRepository assignments;
    private final RoomRepository rooms;
    private final EditionRepository editions;

    RoomAccess(CurrentUser currentUser, ParticipantRepository participants, AssignmentRepository assignments,
               RoomRepository rooms, EditionRepository editions) {
        this.currentUser = currentUser;
        this.participants = participants;
        this.assignments = assignments;
        this.rooms = rooms;
        this.editions = editions;
    }

    /** The participant record of the signed-in user, if the secretariat registered them. */
    public Optional<Long> currentParticipantId() {
        return currentUser.get().flatMap(identity -> RequestMemo.get("participant-id." + identity.username(),
                () -> participantOf(identity)));
    }

    /** The signed-in user's participant record (name and organisation), if the secretariat registered them. */
    public Optional<CurrentParticipant> currentParticipant() {
        return currentUser.get().flatMap(identity -> RequestMemo.get("participant." + identity.username(),
                () -> participantRecord(identity)
                        .map(p -> new CurrentParticipant(p.getId(), p.getFullName(),
                                p.getOrganisation() == null ? null : p.getOrganisation().getId(),
                                p.getOrganisation() == null ? null : p.getOrganisation().getAcronym(),
                                p.getRank()))));
    }

    /** The current user's role in the room, if any (administrators have none unless assigned one). */
    public Optional<RoomRole> roleIn(long roomId) {
        return currentParticipantId().flatMap(participantId -> RequestMemo.get("role." + roomId + "." + participantId,
                () -> assignments.findRole(roomId, participantId).stream().findFirst()));
    }

    /**
     * A role given or taken, a room closed or reopened: this request forgets what it looked up (also called by a page
     * that follows such a change made by someone else, which may run inside its user's own request).
     */
    @EventListener({RoomMembershipChanged.class, RoomStatusChanged.class})
    public void forgetLookups() {
        RequestMemo.clear();
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    /**
     * May read the room: any role in it, or the secretariat, or a client system with an API token (read API only;
     * the API narrows what it shows to what is published unless the token may read drafts).
     */
    public boolean mayView(long roomId) {
        return isAdmin() || currentUser.isApiClient() || roleIn(roomId).isPresent();
    }

    /** May act as the room's chair: a co-chair of the room, or the secretariat. */
    public boolean mayChair(long roomId) {
        return isAdmin() || roleIn(roomId).filter(role -> role == RoomRole.CHAIR).isPresent();
    }

    /** Holds exactly one of the roles in the room (administrators only through an assignment). */
    public boolean hasRole(long roomId, RoomRole... roles) {
        return roleIn(roomId).filter(role -> Arrays.asList(roles).contains(role)).isPresent();
    }

    /** Refuses with an {@link AccessDeniedException} unless the current user may act as one of the roles. */
    public void require(long roomId, RoomRole... roles) {
        var allowed = Arrays.asList(roles).contains(RoomRole.CHAIR) ? mayChair(roomId) || hasRole(roomId, roles)
                : hasRole(roomId, roles);
        if (!allowed) {
            throw new AccessDeniedException("Not allowed in room " + roomId + " as " + Arrays.toString(roles));
        }
    }

    /**
     * Why the room is read-only for everyone but the secretariat, or empty while it is writable (open, and of the
     * current edition). A past edition's room is read-only even when open.
     */
    public Optional<ReadOnlyReason> readOnlyReason(long roomId) {
        return RequestMemo.get("read-only." + roomId, () -> lookUpReadOnlyReason(roomId));
    }

    private Optional<ReadOnlyReason> lookUpReadOnlyReason(long roomId) {
        var room = rooms.findById(roomId).orElseThrow(() -> new NotFoundException("Room", roomId));
        var current = editions.findFirstByOrderByStartDateDescIdDesc().map(Edition::getId).orElse(null);
        if (!room.getEdition().getId().equals(current)) {
            return Optional.of(ReadOnlyReason.PAST_EDITION);
        }
        return room.isOpen() ? Optional.empty() : Optional.of(ReadOnlyReason.CLOSED);
    }

    /** May change the room's agenda, floor, statements and matrix now: it is writable, or this is the secretariat. */
    public boolean mayChange(long roomId) {
        return isAdmin() || readOnlyReason(roomId).isEmpty();
    }

    /**
     * Refuses, before anything is changed, a change to a read-only room by anyone but the secretariat, with a
     * translated reason ({@link RefusedException}: closed room or past edition, and who can change it). Services
     * call it with the room the change really touches, as stored (an entry's, a request's, an item's room).
     */
    public void requireWritable(long roomId) {
        if (isAdmin()) {
            return;
        }
        var reason = readOnlyReason(roomId);
        if (reason.isPresent()) {
            throw new RefusedException(reason.get().refusalKey());
        }
    }

    /** The name the record gives the current user's actions: their participant name, else their account's. */
    public String actorName() {
        return currentParticipant().map(CurrentParticipant::fullName)
                .orElseGet(() -> currentUser.require().displayName());
    }

    /**
     * The organisations of the room's members with this role (the co-chairs' organisations come first in protocol
     * order). Not a check: callers have checked the user may view the room.
     */
    public Set<Long> organisationsOf(long roomId, RoomRole role) {
        return Set.copyOf(assignments.findOrganisationIds(roomId, role));
    }

    /**
     * Who the user is among the participants: through the identity provider only by the linked account (linking
     * happens at sign-in, see {@link AccountLinks}); with a local account by username, else email. Every lookup of
     * the current participant must go through here.
     */
    private Optional<Participant> participantRecord(UserIdentity identity) {
        if (identity.subject() != null) {
            return participants.findByAccountSubject(identity.subject());
        }
        return participants.findByAccount(identity.username(), identity.email()).stream().findFirst();
    }

    private Optional<Long> participantOf(UserIdentity identity) {
        return participantRecord(identity).map(Participant::getId);
    }
}
