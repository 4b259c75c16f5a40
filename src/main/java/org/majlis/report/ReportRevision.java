package org.majlis.report;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** One revision of a report: who, when, what kind of change, its note, and the text fields it changed. */
public record ReportRevision(int number, long reportVersion, RevisionKind kind, ReportStatus status,
                             String authorName, Instant createdAt, @Nullable String summary,
                             List<ReportField> changedFields) {

    public ReportRevision {
        changedFields = List.copyOf(changedFields);
    }
}
