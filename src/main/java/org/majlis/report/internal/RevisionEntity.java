package org.majlis.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.majlis.report.ReportStatus;
import org.majlis.report.ReportTexts;
import org.majlis.report.RevisionKind;

import java.time.Instant;

/** One recorded state of a report's texts: who changed them, when, how, and a JSON snapshot of all the texts. */
@Entity
@Table(name = "room_report_revision")
public class RevisionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reportId;

    private int number;

    private long reportVersion;

    @Enumerated(EnumType.STRING)
    private RevisionKind kind;

    @Enumerated(EnumType.STRING)
    private ReportStatus status;

    private String authorName;

    private Instant createdAt;

    @Nullable
    private String summary;

    @Column(name = "texts_json")
    private String texts;

    protected RevisionEntity() {
    }

    public RevisionEntity(ReportEntity report, RevisionKind kind, String authorName, Instant createdAt,
                          @Nullable String summary) {
        this.reportId = report.getId();
        this.number = report.getRevisionCount();
        this.reportVersion = report.getVersion();
        this.kind = kind;
        this.status = report.getStatus();
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        this.texts = Json.write(report.texts());
    }

    public int getNumber() {
        return number;
    }

    public long getReportVersion() {
        return reportVersion;
    }

    public RevisionKind getKind() {
        return kind;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    public String getSummary() {
        return summary;
    }

    public ReportTexts texts() {
        return Json.read(texts, ReportTexts.class);
    }
}
