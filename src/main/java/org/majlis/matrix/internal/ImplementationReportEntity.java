package org.majlis.matrix.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.majlis.matrix.ImplementationReport;
import org.majlis.matrix.ImplementationStatus;

import java.time.Instant;

/** One implementation report as it was made; never changed afterwards (the review's history). */
@Entity
@Table(name = "matrix_review_report")
public class ImplementationReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private ImplementationReview review;

    @Enumerated(EnumType.STRING)
    private ImplementationStatus status;

    private int progress;

    @Nullable
    private String note;

    private String reportedBy;

    @Nullable
    private String reporterOrg;

    private Instant reportedAt;

    protected ImplementationReportEntity() {
    }

    ImplementationReportEntity(ImplementationReview review, ImplementationStatus status, int progress,
                               @Nullable String note, String reportedBy, @Nullable String reporterOrg,
                               Instant reportedAt) {
        this.review = review;
        this.status = status;
        this.progress = progress;
        this.note = note;
        this.reportedBy = reportedBy;
        this.reporterOrg = reporterOrg;
        this.reportedAt = reportedAt;
    }

    public ImplementationReport toRecord() {
        return new ImplementationReport(status, progress, note, reportedBy, reporterOrg, reportedAt);
    }
}
