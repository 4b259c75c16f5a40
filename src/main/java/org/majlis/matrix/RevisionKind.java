package org.majlis.matrix;

/** What a revision of an entry recorded. */
public enum RevisionKind {
    CREATED,
    EDITED,
    MERGED,
    SUBMITTED,
    ADOPTED,
    RETURNED,
    WITHDRAWN,
    REOPENED,
    RESTORED,
    AMENDMENT_APPLIED,
    CARRIED_OVER,
    /** Loaded by the secretariat as already adopted (a past edition's matrix, the demo data). */
    IMPORTED
}
