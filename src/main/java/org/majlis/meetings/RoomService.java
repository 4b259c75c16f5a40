package org.majlis.meetings;

import org.majlis.base.ConcurrentEditException;
import org.majlis.base.NotFoundException;
import org.majlis.base.Validation;
import org.majlis.meetings.internal.AssignmentRepository;
import org.majlis.meetings.internal.EditionRepository;
import org.majlis.meetings.internal.Room;
import org.majlis.meetings.internal.RoomRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Rooms of an edition: the opening plenary and the working sessions. A room's page is for its members and the
 * secretariat only; the secretariat creates rooms and opens or closes them.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RoomService {

    private final RoomRepository rooms;
    private final EditionRepository editions;
    private final AssignmentRepository assignments;
    private final RoomAccess roomAccess;

    RoomService(RoomRepository rooms, EditionRepository editions, AssignmentRepository assignments,
                RoomAccess roomAccess) {
        this.rooms = rooms;
        this.editions = editions;
        this.assignments = assignments;
        this.roomAccess = roomAccess;
    }

    /** The rooms of an edition, for the secretariat's set-up. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<RoomSummary> rooms(long editionId) {
        return rooms.findByEdition(editionId).stream().map(Room::toSummary).toList();
    }

    /**
     * The rooms of an edition that the current user takes part in, with their role; the secretariat sees every
     * room.
     */
    public List<MyRoom> myRooms(long editionId) {
        var admin = roomAccess.isAdmin();
        var participantId = roomAccess.currentParticipantId();
        var roles = participantId
                .map(id -> assignments.findRoomsOf(id, editionId))
                .orElse(List.of());
        return rooms.findByEdition(editionId).stream()
                .map(room -> new MyRoom(room.toSummary(), roles.stream()
                        .filter(a -> a.getRoom().getId().equals(room.getId()))
                        .map(a -> a.getRole())
                        .findFirst().orElse(null), true))
                .filter(my -> admin || my.role() != null)
                .toList();
    }

    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public RoomDetails details(long roomId) {
        var room = load(roomId);
        var edition = room.getEdition();
        var members = assignments.findByRoom(roomId).stream()
                .map(a -> new RoomMember(a.getParticipant().getId(), a.getParticipant().getFullName(),
                        a.getParticipant().getOrganisation() == null ? null
                                : a.getParticipant().getOrganisation().getAcronym(),
                        a.getRole()))
                .toList();
        return new RoomDetails(room.toSummary(), edition.toSummary(rooms.countByEdition(edition.getId())),
                roomAccess.roleIn(roomId).orElse(null), roomAccess.isAdmin(), members);
    }

    /**
     * The room of the same kind in the edition before this room's edition (the one whose outcome this room reviews),
     * if there is one.
     */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public Optional<RoomSummary> previousEditionRoom(long roomId) {
        var room = load(roomId);
        var previous = room.getEdition().getPreviousEdition();
        if (previous == null) {
            return Optional.empty();
        }
        var kind = room.toSummary().kind();
        return rooms.findByEdition(previous.getId()).stream()
                .map(Room::toSummary)
                .filter(r -> r.kind() == kind)
                .findFirst();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoomSummary create(long editionId, RoomData data) {
        validate(data);
        var edition = editions.findById(editionId).orElseThrow(() -> new NotFoundException("Edition", editionId));
        var room = new Room(edition, data, rooms.maxPosition(editionId) + 1);
        return rooms.saveAndFlush(room).toSummary();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoomSummary update(long roomId, long version, RoomData data) {
        var room = load(roomId);
        ConcurrentEditException.check("Room", roomId, version, room.getVersion());
        validate(data);
        room.apply(data);
        return rooms.saveAndFlush(room).toSummary();
    }

    private static void validate(RoomData data) {
        new Validation()
                .required("kind", data.kind())
                .localized("title", data.title(), 200, true)
                .throwIfAny();
    }

    private Room load(long roomId) {
        return rooms.findById(roomId).orElseThrow(() -> new NotFoundException("Room", roomId));
    }
}
