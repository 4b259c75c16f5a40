package org.majlis.matrix;

import org.majlis.matrix.internal.MatrixEntry;
import org.majlis.meetings.RoomAccess;
import org.majlis.meetings.RoomRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Who may do what with the matrix of a room. Rapporteurs draft, edit, submit and restore; delegates propose entries
 * for their own organisation (and edit, submit and withdraw their own proposals while drafted or returned), comment
 * on and propose amendments to submitted entries; chairs (and the secretariat) adopt, return, reopen and withdraw
 * submitted entries; everyone in the room reads. Whether the entry's status allows a step is the entry's own rule
 * ({@link MatrixEntry}). Nothing but reading is allowed in a read-only room (closed, or of a past edition) except
 * to the secretariat: services check the role first, then {@link #requireWritable} for the room the change touches.
 */
@Component
class MatrixPolicy {

    private final RoomAccess access;

    MatrixPolicy(RoomAccess access) {
        this.access = access;
    }

    /** The room is writable, or the user is the secretariat ({@link RoomAccess#mayChange}). */
    boolean mayChange(long roomId) {
        return access.mayChange(roomId);
    }

    /** Refuses a change to a read-only room with the translated reason ({@link RoomAccess#requireWritable}). */
    void requireWritable(long roomId) {
        access.requireWritable(roomId);
    }

    /** The secretariat. */
    boolean isAdmin() {
        return access.isAdmin();
    }

    boolean mayRead(long roomId) {
        return access.mayView(roomId);
    }

    boolean isRapporteur(long roomId) {
        return access.hasRole(roomId, RoomRole.RAPPORTEUR);
    }

    boolean isDelegate(long roomId) {
        return access.hasRole(roomId, RoomRole.DELEGATE);
    }

    boolean mayChair(long roomId) {
        return access.mayChair(roomId);
    }

    /** A delegate of the room who proposed this entry. */
    boolean isProposer(MatrixEntry entry) {
        return entry.getProposedById() != null && isDelegate(entry.getRoomId())
                && access.currentParticipantId().map(id -> Objects.equals(id, entry.getProposedById())).orElse(false);
    }

    boolean mayEdit(MatrixEntry entry) {
        return isRapporteur(entry.getRoomId()) || (isProposer(entry) && (entry.getStatus() == EntryStatus.DRAFT
                || entry.getStatus() == EntryStatus.RETURNED));
    }

    boolean maySubmit(MatrixEntry entry) {
        return isRapporteur(entry.getRoomId()) || isProposer(entry);
    }

    /**
     * Withdrawing is final. While an entry is being drafted (draft or returned) the rapporteur and the delegate who
     * proposed it may withdraw it; once submitted it is before the room (delegates comment on it and propose
     * amendments), so like adopting or returning it, withdrawing it is the chairs' decision (docs/matrix.md).
     */
    boolean mayWithdraw(MatrixEntry entry) {
        var drafting = entry.getStatus() == EntryStatus.DRAFT || entry.getStatus() == EntryStatus.RETURNED;
        return mayChair(entry.getRoomId()) || (drafting && (isRapporteur(entry.getRoomId()) || isProposer(entry)));
    }

    boolean mayComment(MatrixEntry entry) {
        var room = entry.getRoomId();
        return isRapporteur(room) || mayChair(room)
                || (isDelegate(room) && entry.getStatus() == EntryStatus.SUBMITTED);
    }

    boolean mayProposeAmendment(MatrixEntry entry) {
        return isDelegate(entry.getRoomId()) && entry.getStatus() == EntryStatus.SUBMITTED;
    }

    EntryPermissions permissions(MatrixEntry entry) {
        var room = entry.getRoomId();
        if (!mayChange(room)) {
            return EntryPermissions.none();
        }
        var status = entry.getStatus();
        var drafting = status == EntryStatus.DRAFT || status == EntryStatus.RETURNED;
        var rapporteur = isRapporteur(room);
        var chair = mayChair(room);
        return new EntryPermissions(
                status.editable() && mayEdit(entry),
                drafting && maySubmit(entry),
                status == EntryStatus.SUBMITTED && chair,
                status == EntryStatus.SUBMITTED && chair,
                (drafting || status == EntryStatus.SUBMITTED) && mayWithdraw(entry),
                status == EntryStatus.ADOPTED && chair,
                status != EntryStatus.WITHDRAWN && mayComment(entry),
                mayProposeAmendment(entry),
                status.editable() && rapporteur,
                status.editable() && rapporteur);
    }

    void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException("Not allowed to " + what);
        }
    }
}
