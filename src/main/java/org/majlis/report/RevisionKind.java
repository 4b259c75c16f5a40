package org.majlis.report;

/** What a revision of a report did. */
public enum RevisionKind {
    STARTED, EDITED, MERGED, RECORD_TAKEN_IN, SUBMITTED, RETURNED, ADOPTED, RESTORED, IMPORTED
}
