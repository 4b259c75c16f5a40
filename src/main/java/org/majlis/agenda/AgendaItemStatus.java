package org.majlis.agenda;

/** Where an agenda item stands. At most one item of a room is {@link #OPEN}: the current item. */
public enum AgendaItemStatus {
    /** Not taken up yet. */
    PENDING,
    /** Under discussion now: the current item. */
    OPEN,
    /** Done. */
    CLOSED,
    /** Put off to later; may be reopened. */
    DEFERRED
}
