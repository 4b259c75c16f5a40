package org.majlis.matrix;

import org.jspecify.annotations.Nullable;
import org.majlis.base.ConcurrentEditException;
import org.majlis.base.NotFoundException;
import org.majlis.base.FieldError;
import org.majlis.base.UniqueKeys;
import org.majlis.base.UserText;
import org.majlis.matrix.internal.EntryRevision;
import org.majlis.matrix.internal.EntryRevisionRepository;
import org.majlis.matrix.internal.MatrixEntry;
import org.majlis.matrix.internal.MatrixEntryRepository;
import org.majlis.matrix.internal.Snapshots;
import org.majlis.meetings.RoomAccess;
import org.majlis.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one way entries change: load with the row lock, check the version the user started from, save, and record
 * the revision. Concurrent saves of one entry queue up on the lock, so the second one sees the first one's version
 * and is refused with everything needed to merge.
 */
@Component
class EntryRecorder {

    /**
     * Who is acting: their participant id (if registered), name (cleaned and at most 150 characters, as the columns
     * that store it hold) and organisation acronym.
     */
    record Actor(@Nullable Long participantId, String name, @Nullable Long organisationId,
                 @Nullable String organisation) {
    }

    private final MatrixEntryRepository entries;
    private final EntryRevisionRepository revisions;
    private final RoomAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;

    EntryRecorder(MatrixEntryRepository entries, EntryRevisionRepository revisions, RoomAccess access,
                  CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.revisions = revisions;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    Actor actor() {
        return access.currentParticipant()
                .map(p -> new Actor(p.id(), UserText.displayName(p.fullName(), String.valueOf(p.id())),
                        p.organisationId(),
                        p.organisationAcronym() == null ? null : p.organisationAcronym().in(Locale.ENGLISH)))
                .orElseGet(() -> {
                    var user = currentUser.require();
                    return new Actor(null, UserText.displayName(user.displayName(), user.username()), null, null);
                });
    }

    Instant now() {
        return clock.instant();
    }

    MatrixEntry load(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new NotFoundException("Matrix entry", entryId));
    }

    MatrixEntry lockForChange(long entryId) {
        return entries.findForChange(entryId).orElseThrow(() -> new NotFoundException("Matrix entry", entryId));
    }

    /** Refuses a content change made from a stale version, with what the others changed since. */
    void checkContentVersion(MatrixEntry entry, long version, EntryData mine) {
        if (entry.getVersion() == version) {
            return;
        }
        var base = revisions.findAtVersion(entry.getId(), version)
                .map(r -> Snapshots.read(r.getSnapshot()))
                .orElse(entry.toData());
        var since = revisions.findByEntry(entry.getId()).stream()
                .filter(r -> r.getEntryVersion() > version)
                .map(r -> new RevisionSummary(r.getNumber(), r.getEntryVersion(), r.getKind(), r.getStatus(),
                        r.getAuthorName(), r.getCreatedAt(), r.getSummary(), List.of()))
                .toList();
        throw new EntryConflictException(entry.getId(), entry.getVersion(), base, entry.toData(), mine, since);
    }

    /** Refuses a workflow step made from a stale version. */
    void checkVersion(MatrixEntry entry, long version) {
        ConcurrentEditException.check("Matrix entry", entry.getId(), version, entry.getVersion());
    }

    /**
     * Saves the entry (publishing its events) and records the new revision. Another entry that took the same code
     * in the edition (or carried over the same origin) at the same moment is reported as the validator would.
     */
    MatrixEntry save(MatrixEntry entry, RevisionKind kind, @Nullable String summary, Actor actor) {
        var saved = UniqueKeys.translate(() -> entries.saveAndFlush(entry), Map.of(
                "uk_matrix_entry_code", new FieldError("code", "validation.matrix.code-taken", entry.getCode()),
                "uk_matrix_entry_origin", new FieldError("", "validation.matrix.already-carried-over")));
        revisions.save(new EntryRevision(saved.getId(), saved.getRevisionCount(), saved.getVersion(), kind,
                saved.getStatus(), actor.participantId(), actor.name(), saved.toSummary(null).updatedAt(), summary,
                Snapshots.write(saved.toData())));
        return saved;
    }
}
