package org.majlis.matrix.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.majlis.matrix.ImplementationReport;
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

    @Embedded
    private ReportContent latest;

    @OneToMany(mappedBy = "review", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    @OrderBy("content.reportedAt ASC, id ASC")
    private List<ImplementationReportEntity> reports = new ArrayList<>();

    protected ImplementationReview() {
    }

    public ImplementationReview(long entryId, long editionId) {
        this.entryId = entryId;
        this.editionId = editionId;
    }

    /** Records a report: it becomes the latest, and joins the history. */
    public void report(ImplementationStatus status, int progress, @Nullable String note, String by,
                       @Nullable String organisation, Instant at) {
        latest = new ReportContent(status, progress, note, by, organisation, at);
        // An embeddable value belongs to one entity: the history row gets its own copy.
        reports.add(new ImplementationReportEntity(this, new ReportContent(status, progress, note, by, organisation,
                at)));
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

    /** The latest report. */
    public ImplementationReport latest() {
        return latest.toRecord();
    }
}
