package org.majlis.report;

import org.majlis.base.ConcurrentEditException;
import org.majlis.base.merge.ThreeWayMerge;

import java.util.List;

/**
 * Someone saved the report after this user loaded it; nothing was saved. Carries the texts the user started from,
 * the saved ones (at {@code currentVersion}), the user's, and the revisions made since, so the view can offer the
 * shared merge (keep theirs / take mine per text and language) and save it against {@code currentVersion}.
 */
public class ReportConflictException extends ConcurrentEditException {

    private final long roomId;
    private final long currentVersion;
    private final transient ThreeWayMerge<ReportTexts, ReportField> merge;
    private final transient List<ReportRevision> since;

    public ReportConflictException(long roomId, long reportId, long currentVersion,
                                   ThreeWayMerge<ReportTexts, ReportField> merge, List<ReportRevision> since) {
        super("Room report", reportId);
        this.roomId = roomId;
        this.currentVersion = currentVersion;
        this.merge = merge;
        this.since = List.copyOf(since);
    }

    public long roomId() {
        return roomId;
    }

    public long currentVersion() {
        return currentVersion;
    }

    public ThreeWayMerge<ReportTexts, ReportField> merge() {
        return merge;
    }

    public List<ReportRevision> since() {
        return since;
    }
}
