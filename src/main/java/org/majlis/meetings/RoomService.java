package org.majlis.meetings;

import org.jspecify.annotations.Nullable;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.NotFoundException;
import org.majlis.base.OffsetPage;
import org.majlis.base.RefusedException;
import org.majlis.base.UserText;
import org.majlis.base.StoredTime;
import org.majlis.base.Validation;
import org.majlis.meetings.internal.AssignmentRepository;
import org.majlis.meetings.internal.EditionRepository;
import org.majlis.meetings.internal.Room;
import org.majlis.meetings.internal.RoomRepository;
import org.majlis.meetings.internal.RoomStatusChange;
import org.majlis.meetings.internal.RoomStatusChangeRepository;
import org.majlis.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Rooms of an edition: the opening plenary and the working sessions. A room's page is for its members and the
 * secretariat only; the secretariat creates rooms and closes or reopens them — recorded actions (who, when, and why
 * it was reopened), kept as the room's history. A closed room, and every room of a past edition, is read-only for
 * everyone but the secretariat ({@link RoomAccess#requireWritable}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RoomService {

    /** The longest reason for reopening a room. */
    public static final int REASON_MAX = 500;

    private final RoomRepository rooms;
    private final EditionRepository editions;
    private final AssignmentRepository assignments;
    private final RoomAccess roomAccess;
    private final RoomStatusChangeRepository statusChanges;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoomService(RoomRepository rooms, EditionRepository editions, AssignmentRepository assignments,
                RoomAccess roomAccess, RoomStatusChangeRepository statusChanges, CurrentUser currentUser,
                ApplicationEventPublisher events, Clock clock) {
        this.rooms = rooms;
        this.editions = editions;
        this.assignments = assignments;
        this.roomAccess = roomAccess;
        this.statusChanges = statusChanges;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The rooms of an edition, for the secretariat's set-up and for client systems of the read API. */
    @PreAuthorize("hasRole('ADMIN') or hasRole('API_CLIENT')")
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
        var counts = new EnumMap<RoomRole, Integer>(RoomRole.class);
        assignments.countByRole(roomId).forEach(c -> counts.put(c.getRole(), Math.toIntExact(c.getMembers())));
        return new RoomDetails(room.toSummary(), edition.toSummary(rooms.countByEdition(edition.getId())),
                roomAccess.roleIn(roomId).orElse(null), roomAccess.isAdmin(), counts,
                roomAccess.readOnlyReason(roomId).orElse(null),
                statusChanges.findFirstByRoomIdOrderByIdDesc(roomId).map(RoomStatusChange::toEntry).orElse(null));
    }

    /**
     * One page of the room's members with this role, by name: the room page lists a plenary's thousands of observers
     * page by page as they scroll, never all at once.
     */
    @PreAuthorize("@roomAccess.mayView(#roomId)")
    public List<RoomMember> members(long roomId, RoomRole role, int offset, int limit) {
        if (offset < 0 || limit <= 0) {
            return List.of();
        }
        return assignments.findByRoomAndRole(roomId, role, new OffsetPage(offset, limit)).stream()
                .map(a -> new RoomMember(a.getParticipant().getId(), a.getParticipant().getFullName(),
                        a.getParticipant().getOrganisation() == null ? null
                                : a.getParticipant().getOrganisation().getAcronym(),
                        a.getRole()))
                .toList();
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

    /** Adds a room; one created closed has that recorded as its first closing. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoomSummary create(long editionId, RoomData data) {
        validation(data).throwIfAny();
        var edition = editions.findById(editionId).orElseThrow(() -> new NotFoundException("Edition", editionId));
        var room = rooms.saveAndFlush(new Room(edition, data, rooms.maxPosition(editionId) + 1));
        if (!room.isOpen()) {
            record(room, null);
        }
        return room.toSummary();
    }

    /**
     * Changes a room's kind and title. Opening and closing are not changed here but with {@link #close} and
     * {@link #reopen}, so that they are recorded: {@code data.open()} must be the room's current state.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoomSummary update(long roomId, long version, RoomData data) {
        var room = load(roomId);
        ConcurrentEditException.check("Room", roomId, version, room.getVersion());
        validation(data).check(data.open() == room.isOpen(), "open", "validation.room.open-by-action").throwIfAny();
        room.apply(data);
        return rooms.saveAndFlush(room).toSummary();
    }

    /**
     * Closes a room: from now on its participants read its agenda, floor, statements and matrix but change nothing
     * (the secretariat still can). Recorded with who and when; open room pages follow at once.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoomSummary close(long roomId, long version) {
        var room = load(roomId);
        ConcurrentEditException.check("Room", roomId, version, room.getVersion());
        if (!room.isOpen()) {
            throw new RefusedException("room.refused.already-closed");
        }
        room.close();
        return changedStatus(room, null);
    }

    /**
     * Reopens a closed room, for a reason (required, at most {@link #REASON_MAX} characters) kept with who and when.
     * A room of a past edition stays read-only for its participants even when open.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RoomSummary reopen(long roomId, long version, @Nullable String reason) {
        var room = load(roomId);
        ConcurrentEditException.check("Room", roomId, version, room.getVersion());
        var cleaned = UserText.line(reason);
        new Validation().required("reason", cleaned).maxLength("reason", cleaned, REASON_MAX).throwIfAny();
        if (room.isOpen()) {
            throw new RefusedException("room.refused.already-open");
        }
        room.reopen();
        return changedStatus(room, Objects.requireNonNull(cleaned));
    }

    /** The room's closings and reopenings, newest first (the secretariat's view of its history). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<RoomStatusEntry> statusHistory(long roomId) {
        load(roomId);
        return statusChanges.findByRoom(roomId).stream().map(RoomStatusChange::toEntry).toList();
    }

    private RoomSummary changedStatus(Room room, @Nullable String reason) {
        var saved = rooms.saveAndFlush(room);
        record(saved, reason);
        events.publishEvent(new RoomStatusChanged(saved.getId(), saved.isOpen()));
        return saved.toSummary();
    }

    private void record(Room room, @Nullable String reason) {
        var who = roomAccess.currentParticipant().map(CurrentParticipant::fullName)
                .orElseGet(() -> currentUser.require().displayName());
        statusChanges.saveAndFlush(new RoomStatusChange(room.getId(), room.isOpen(), who, StoredTime.now(clock),
                reason));
    }

    private static Validation validation(RoomData data) {
        return new Validation()
                .required("kind", data.kind())
                .localized("title", data.title(), 200, true);
    }

    private Room load(long roomId) {
        return rooms.findById(roomId).orElseThrow(() -> new NotFoundException("Room", roomId));
    }
}
