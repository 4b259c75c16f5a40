package org.majlis.matrix;

import org.majlis.base.NotFoundException;
import org.majlis.matrix.internal.EntryRevision;
import org.majlis.matrix.internal.EntryRevisionRepository;
import org.majlis.matrix.internal.Snapshots;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The history of an entry: every revision with who, when and what changed; the difference between any two; and
 * restoring an old revision's content (as a new revision, nothing is rewritten). Anyone who may read the entry
 * reads its history; only the room's rapporteur restores, and only while the entry's room is writable.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MatrixHistoryService {

    private final EntryRevisionRepository revisions;
    private final EntryRecorder recorder;
    private final EntryValidator validator;
    private final MatrixPolicy policy;

    MatrixHistoryService(EntryRevisionRepository revisions, EntryRecorder recorder, EntryValidator validator,
                         MatrixPolicy policy) {
        this.revisions = revisions;
        this.recorder = recorder;
        this.validator = validator;
        this.policy = policy;
    }

    /** Every revision of the entry, newest first, each with the fields it changed. */
    public List<RevisionSummary> revisions(long entryId) {
        requireRead(entryId);
        var all = revisions.findByEntry(entryId);
        var result = new ArrayList<RevisionSummary>();
        EntryData previous = null;
        for (var revision : all) {
            var data = Snapshots.read(revision.getSnapshot());
            result.add(summary(revision, previous == null ? List.of() : EntryField.changed(previous, data)));
            previous = data;
        }
        return result.reversed();
    }

    public RevisionContent revision(long entryId, int number) {
        requireRead(entryId);
        return content(load(entryId, number));
    }

    /** Two revisions side by side, with the fields in which they differ. */
    public RevisionDiff diff(long entryId, int left, int right) {
        requireRead(entryId);
        var a = content(load(entryId, left));
        var b = content(load(entryId, right));
        return new RevisionDiff(a, b, EntryField.changed(a.data(), b.data()));
    }

    /**
     * Makes an old revision's content the entry's content again, as a new revision (the rapporteur only, while the
     * entry may be edited). The code stays the current one if another entry took the old code since.
     */
    @Transactional
    public RevisionSummary restore(long entryId, long version, int number) {
        var entry = recorder.lockForChange(entryId);
        policy.require(policy.isRapporteur(entry.getRoomId()), "restore a revision of entry " + entryId);
        policy.requireWritable(entry.getRoomId());
        var old = Snapshots.read(load(entryId, number).getSnapshot());
        recorder.checkVersion(entry, version);
        var actor = recorder.actor();
        validator.validate(old, entry.getEditionId(), entry.getId(), null);
        entry.edit(old, actor.name(), recorder.now());
        var saved = recorder.save(entry, RevisionKind.RESTORED, String.valueOf(number), actor);
        return revisions(saved.getId()).getFirst();
    }

    private void requireRead(long entryId) {
        var entry = recorder.load(entryId);
        policy.require(policy.mayRead(entry.getRoomId()), "read the history of entry " + entryId);
    }

    private EntryRevision load(long entryId, int number) {
        return revisions.findByEntryAndNumber(entryId, number)
                .orElseThrow(() -> new NotFoundException("Revision " + number + " of matrix entry", entryId));
    }

    private static RevisionContent content(EntryRevision revision) {
        return new RevisionContent(summary(revision, List.of()), Snapshots.read(revision.getSnapshot()));
    }

    private static RevisionSummary summary(EntryRevision r, List<EntryField> changed) {
        return new RevisionSummary(r.getNumber(), r.getEntryVersion(), r.getKind(), r.getStatus(), r.getAuthorName(),
                r.getCreatedAt(), r.getSummary(), changed);
    }
}
