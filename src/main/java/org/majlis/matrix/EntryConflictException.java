package org.majlis.matrix;

import org.majlis.base.ConcurrentEditException;
import org.majlis.base.merge.ThreeWayMerge;

import java.util.List;

/**
 * Someone saved the entry after this user loaded it. Nothing was saved. It carries what the user started from
 * ({@code base}), what is saved now ({@code current}, at {@code currentVersion}), what the user wanted to save
 * ({@code mine}) and the revisions made since, so the view can show what the others changed and let the user merge
 * field by field (keep theirs or take mine) and save again against {@code currentVersion}, or reload.
 */
public class EntryConflictException extends ConcurrentEditException {

    private final long entryId;
    private final long currentVersion;
    private final transient EntryData base;
    private final transient EntryData current;
    private final transient EntryData mine;
    private final transient List<RevisionSummary> since;

    public EntryConflictException(long entryId, long currentVersion, EntryData base, EntryData current,
                                  EntryData mine, List<RevisionSummary> since) {
        super("Matrix entry", entryId);
        this.entryId = entryId;
        this.currentVersion = currentVersion;
        this.base = base;
        this.current = current;
        this.mine = mine;
        this.since = List.copyOf(since);
    }

    public long entryId() {
        return entryId;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public EntryData base() {
        return base;
    }

    public EntryData current() {
        return current;
    }

    public EntryData mine() {
        return mine;
    }

    public List<RevisionSummary> since() {
        return since;
    }

    /** The stale save field by field (the shared three-way merge of {@code base.merge}). */
    public ThreeWayMerge<EntryData, EntryField> merge() {
        return new ThreeWayMerge<>(base, current, mine, List.of(EntryField.values()));
    }

    /** Fields the others changed since the user loaded the entry. */
    public List<EntryField> changedByOthers() {
        return merge().changedByOthers();
    }

    /** Fields that both the others and this user changed, to different values: these need a choice. */
    public List<EntryField> conflicting() {
        return merge().conflicting();
    }

    /** The fields where what is saved now differs from what the user wants to save. */
    public List<EntryField> differing() {
        return merge().differing();
    }

    /**
     * The merge with every field the others changed kept as theirs and the user's value everywhere else; callers
     * then override per field with {@link EntryField#copy}.
     */
    public EntryData mergeKeepingTheirs() {
        return merge().mergeKeepingTheirs();
    }
}
