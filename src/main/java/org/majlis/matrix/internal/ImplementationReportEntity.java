package org.majlis.matrix.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.majlis.matrix.ImplementationReport;

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

    @Embedded
    private ReportContent content;

    protected ImplementationReportEntity() {
    }

    ImplementationReportEntity(ImplementationReview review, ReportContent content) {
        this.review = review;
        this.content = content;
    }

    public ImplementationReport toRecord() {
        return content.toRecord();
    }
}
