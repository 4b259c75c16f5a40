package org.majlis.meetings;

/** What a participant does in one room. A person may hold different roles in different rooms and editions. */
public enum RoomRole {
    /** Session chair (co-chair): runs the agenda, gives the floor, adopts matrix entries and the report. */
    CHAIR,
    /** Drafts matrix entries and the room's report. */
    RAPPORTEUR,
    /** Agency representative: asks for the floor, submits interventions, proposes entries. */
    DELEGATE,
    /** Reads without acting. */
    OBSERVER
}
