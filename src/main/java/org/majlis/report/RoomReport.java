package org.majlis.report;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A room's report as its readers see it. */
public record RoomReport(long id, long version, long roomId, ReportStatus status, @Nullable String returnReason,
                         ReportRecord record, Instant recordTakenAt, ReportTexts texts, int revisionCount,
                         Instant updatedAt, String updatedBy) {
}
