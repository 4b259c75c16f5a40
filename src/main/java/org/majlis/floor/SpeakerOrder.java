package org.majlis.floor;

/**
 * How the room's chair calls the waiting speakers. Points of order come first either way; the chair's own moves
 * apply within what the order allows.
 */
public enum SpeakerOrder {
    /** In the order the requests arrived (the server's sequence). */
    ARRIVAL,
    /**
     * By protocol: the organisations' precedence (the co-chairs' organisations, then UN entities and OIC
     * institutions, then member states, then observers and others), then the speakers' rank in their delegation
     * (head, deputy, expert); arrival decides within a rank.
     */
    PROTOCOL
}
