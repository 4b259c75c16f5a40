package org.majlis.audit;

/** The kind of record an audit entry tells about: the filter "what" of the secretariat's audit view. */
public enum AuditKind {
    EDITION,
    ROOM,
    ROOM_STATUS,
    ORGANISATION,
    PARTICIPANT,
    ROLE,
    ACCOUNT,
    AGENDA_ITEM,
    AGENDA_NOTE,
    FLOOR_REQUEST,
    FLOOR_ORDER,
    TIME_BUDGET,
    STATEMENT,
    MATRIX_ENTRY,
    MATRIX_COMMENT,
    MATRIX_REVIEW,
    REFERENCE_LIST,
    REPORT,
    API_TOKEN,
    SCREEN_LINK,
    /** A record of a kind added later and not yet named here: still recorded, under its entity name. */
    OTHER
}
