package org.majlis.matrix.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.matrix.ImplementationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the lead organisations reported, at one edition, on the implementation of an entry of the previous one: the
 * latest report (what the review shows and counts, versioned for optimistic locking) and every report made, in order.
 */
@Entity
@Table(name = "matrix_review")
public class ImplementationReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long entryId;

    private long editionId;

    @Enumerated(EnumType.STRING)
    private ImplementationStatus status;

    private int progress;

    @Nullable
    private String note;

    private String reportedBy;

    @Nullable
    private String reporterOrg;

    private Instant reportedAt;

    @OneToMany(mappedBy = "review", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("reportedAt ASC, id ASC")
    private List<ImplementationReportEntity> reports = new ArrayList<>();

    protected ImplementationReview() {
    }

    public ImplementationReview(long entryId, long editionId) {
        this.entryId = entryId;
        this.editionId = editionId;
    }

    public void report(ImplementationStatus newStatus, int newProgress, @Nullable String newNote, String by,
                       @Nullable String org, Instant at) {
        if (newProgress < 0 || newProgress > 100) {
            throw new IllegalArgumentException("Progress is a percentage");
        }
        this.status = newStatus;
        this.progress = newProgress;
        this.note = newNote == null || newNote.isBlank() ? null : newNote.strip();
        this.reportedBy = by;
        this.reporterOrg = org;
        this.reportedAt = at;
        reports.add(new ImplementationReportEntity(this, status, progress, note, by, org, at));
    }

    /** Every report made, oldest first; the last one is the current report. */
    public List<ImplementationReportEntity> getReports() {
        return List.copyOf(reports);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEntryId() {
        return entryId;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    @Nullable
    public String getNote() {
        return note;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }
}
