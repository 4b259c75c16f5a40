package org.majlis.report;

/** Where a room report stands: drafted, before the chairs, adopted; a returned report is drafted again. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ADOPTED;

    /** The rapporteur may change the texts (draft or returned). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
