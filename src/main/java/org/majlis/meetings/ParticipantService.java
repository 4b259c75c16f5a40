package org.majlis.meetings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.FieldError;
import org.majlis.base.NotFoundException;
import org.majlis.base.RefusedException;
import org.majlis.base.UniqueKeys;
import org.majlis.base.Validation;
import org.majlis.meetings.internal.Assignment;
import org.majlis.meetings.internal.AssignmentRepository;
import org.majlis.meetings.internal.OrganisationRepository;
import org.majlis.meetings.internal.Participant;
import org.majlis.meetings.internal.ParticipantRepository;
import org.majlis.meetings.internal.RoomRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Participants and their role in each room. Only the secretariat manages them. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ParticipantService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");
    /** What two people registering the same email or username at once are told (the check above speaks first). */
    private static final Map<String, FieldError> TAKEN = Map.of(
            "uk_participant_email", new FieldError("email", "validation.participant.email-taken"),
            "uk_participant_username", new FieldError("username", "validation.participant.username-taken"));

    private final ParticipantRepository participants;
    private final OrganisationRepository organisations;
    private final RoomRepository rooms;
    private final AssignmentRepository assignments;
    private final EntityManager entityManager;
    private final List<RecordUses> uses;
    private final ApplicationEventPublisher events;

    ParticipantService(ParticipantRepository participants, OrganisationRepository organisations,
                       RoomRepository rooms, AssignmentRepository assignments, EntityManager entityManager,
                       List<RecordUses> uses, ApplicationEventPublisher events) {
        this.participants = participants;
        this.organisations = organisations;
        this.rooms = rooms;
        this.assignments = assignments;
        this.entityManager = entityManager;
        this.uses = uses;
        this.events = events;
    }

    public List<ParticipantSummary> list() {
        return participants.findAllWithOrganisation().stream().map(Participant::toSummary).toList();
    }

    public ParticipantSummary get(long id) {
        return load(id).toSummary();
    }

    @Transactional
    public ParticipantSummary create(ParticipantData data) {
        validate(data, null);
        var participant = new Participant(data.fullName(), data.email(), organisation(data), data.positionTitle(),
                data.username());
        participant.rank(data.rank());
        return UniqueKeys.translate(() -> participants.saveAndFlush(participant), TAKEN).toSummary();
    }

    @Transactional
    public ParticipantSummary update(long id, long version, ParticipantData data) {
        var participant = load(id);
        ConcurrentEditException.check("Participant", id, version, participant.getVersion());
        validate(data, id);
        participant.change(data.fullName(), data.email(), organisation(data), data.positionTitle(), data.username());
        if (data.rank() != null) { // no rank given: it stays as it was
            participant.rank(data.rank());
        }
        return UniqueKeys.translate(() -> participants.saveAndFlush(participant), TAKEN).toSummary();
    }

    /**
     * Deletes a participant (with their room roles) whom nothing else refers to; one who made floor requests or
     * proposed matrix entries stays, and the refusal says what refers to them.
     */
    @Transactional
    public void delete(long id, long version) {
        var participant = load(id);
        ConcurrentEditException.check("Participant", id, version, participant.getVersion());
        var inUse = uses.stream().flatMap(u -> u.ofParticipant(id).stream()).toList();
        if (!inUse.isEmpty()) {
            throw new RefusedException("admin.participants.in-use", participant.getFullName(), inUse);
        }
        var roomsOf = assignments.findAllRoomIdsOf(id);
        try {
            participants.delete(participant);
            participants.flush();
            roomsOf.forEach(roomId -> events.publishEvent(new RoomMembershipChanged(roomId, id)));
        } catch (DataIntegrityViolationException e) {
            // Something started to refer to the participant after the check above.
            throw new RefusedException("admin.in-use.now", participant.getFullName());
        }
    }

    /**
     * Removes the link between the participant and the identity-provider account that signed in as them: that
     * account loses the participant's rooms at once, and its next sign-in links again by email or username (so
     * correct the participant's email first if the wrong account was linked).
     */
    @Transactional
    public ParticipantSummary unlinkAccount(long id, long version) {
        var participant = load(id);
        ConcurrentEditException.check("Participant", id, version, participant.getVersion());
        participant.unlinkAccount();
        var saved = participants.saveAndFlush(participant).toSummary();
        // the account's open pages in those rooms lose them at once
        assignments.findAllRoomIdsOf(id).forEach(roomId -> events.publishEvent(new RoomMembershipChanged(roomId, id)));
        return saved;
    }

    /** The participant's roles in the rooms of one edition. */
    public List<RoomAssignment> assignments(long participantId, long editionId) {
        return assignments.findByParticipantAndEdition(participantId, editionId).stream()
                .map(a -> new RoomAssignment(a.getRoom().getId(), a.getRole()))
                .toList();
    }

    /**
     * Replaces the participant's roles in the rooms of one edition (at most one role per room). Rooms of other
     * editions are refused. Returns the participant with its new version.
     */
    @Transactional
    public ParticipantSummary assign(long participantId, long version, long editionId, List<RoomAssignment> roles) {
        var participant = load(participantId);
        ConcurrentEditException.check("Participant", participantId, version, participant.getVersion());
        // The roles are part of what the secretariat edits on the participant: two concurrent edits must clash. The
        // version goes up now, so a second edit made at the same moment waits here and is then refused as stale.
        try {
            entityManager.lock(participant, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException e) {
            throw new ConcurrentEditException("Participant", participantId);
        }
        var v = new Validation();
        var seen = new HashSet<Long>();
        for (var role : roles) {
            var room = rooms.findById(role.roomId());
            v.check(room.isPresent(), "rooms", "validation.not-found");
            room.ifPresent(r -> v.check(r.getEdition().getId() == editionId, "rooms",
                    "validation.assignment.other-edition"));
            v.check(seen.add(role.roomId()), "rooms", "validation.assignment.one-role-per-room");
            v.check(role.role() != null, "rooms", "validation.required");
        }
        v.throwIfAny();
        try {
            replaceRoles(participant, editionId, roles);
        } catch (DataIntegrityViolationException e) {
            // Both gave the participant a role in the same room at once; the other one's roles were kept.
            throw new ConcurrentEditException("Participant", participantId);
        }
        return participant.toSummary();
    }

    private void replaceRoles(Participant participant, long editionId, List<RoomAssignment> roles) {
        var existing = assignments.findByParticipantAndEdition(participant.getId(), editionId);
        var changed = new java.util.LinkedHashSet<Long>();
        for (var assignment : existing) {
            var wanted = roles.stream().filter(r -> r.roomId() == assignment.getRoom().getId()).findFirst();
            if (wanted.isEmpty()) {
                assignments.delete(assignment);
                changed.add(assignment.getRoom().getId());
            } else if (assignment.getRole() != wanted.get().role()) {
                assignment.setRole(wanted.get().role());
                changed.add(assignment.getRoom().getId());
            }
        }
        for (var role : roles) {
            if (existing.stream().noneMatch(a -> a.getRoom().getId() == role.roomId())) {
                assignments.save(new Assignment(participant, rooms.getReferenceById(role.roomId()), role.role()));
                changed.add(role.roomId());
            }
        }
        entityManager.flush();
        changed.forEach(roomId -> events.publishEvent(new RoomMembershipChanged(roomId, participant.getId())));
    }

    private void validate(ParticipantData data, Long selfId) {
        var v = new Validation()
                .required("fullName", data.fullName())
                .maxLength("fullName", data.fullName(), 150)
                .required("email", data.email())
                .maxLength("email", data.email(), 254)
                .email("email", data.email())
                .maxLength("positionTitle", data.positionTitle(), 200)
                .maxLength("username", data.username(), 100);
        if (data.email() != null && !v.hasErrorOn("email")) {
            participants.findByEmail(data.email().strip().toLowerCase(Locale.ROOT))
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> v.check(false, "email", "validation.participant.email-taken"));
        }
        if (data.username() != null && !data.username().isBlank() && !v.hasErrorOn("username")) {
            v.check(USERNAME.matcher(data.username().strip()).matches(), "username",
                    "validation.participant.username-format");
            participants.findByUsername(data.username().strip())
                    .filter(other -> !other.getId().equals(selfId))
                    .ifPresent(other -> v.check(false, "username", "validation.participant.username-taken"));
        }
        if (data.organisationId() != null) {
            v.check(organisations.existsById(data.organisationId()), "organisationId", "validation.not-found");
        }
        v.throwIfAny();
    }

    private org.majlis.meetings.internal.Organisation organisation(ParticipantData data) {
        return data.organisationId() == null ? null : organisations.getReferenceById(data.organisationId());
    }

    private Participant load(long id) {
        return participants.findById(id).orElseThrow(() -> new NotFoundException("Participant", id));
    }
}
