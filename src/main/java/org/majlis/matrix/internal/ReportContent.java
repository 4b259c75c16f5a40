package org.majlis.matrix.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.majlis.matrix.ImplementationReport;
import org.majlis.matrix.ImplementationStatus;

import java.time.Instant;

/** What one implementation report says, by whom and when: the review's latest report and each row of its history. */
@Embeddable
public class ReportContent {

    @Enumerated(EnumType.STRING)
    private ImplementationStatus status;

    private int progress;

    @Nullable
    private String note;

    private String reportedBy;

    @Nullable
    private String reporterOrg;

    private Instant reportedAt;

    protected ReportContent() {
    }

    ReportContent(ImplementationStatus status, int progress, @Nullable String note, String reportedBy,
                  @Nullable String reporterOrg, Instant reportedAt) {
        if (progress < 0 || progress > 100) {
            throw new IllegalArgumentException("Progress is a percentage");
        }
        this.status = status;
        this.progress = progress;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.reportedBy = reportedBy;
        this.reporterOrg = reporterOrg;
        this.reportedAt = reportedAt;
    }

    public ImplementationReport toRecord() {
        return new ImplementationReport(status, progress, note, reportedBy, reporterOrg, reportedAt);
    }
}
