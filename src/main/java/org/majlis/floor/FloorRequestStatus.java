package org.majlis.floor;

/** Where a request for the floor stands. Nothing is deleted: every state stays in the record. */
public enum FloorRequestStatus {
    /** In the queue. */
    WAITING,
    /** Has the floor now. */
    SPEAKING,
    /** Spoke; the intervention ended. */
    SPOKE,
    /** The delegate withdrew before being called. */
    WITHDRAWN,
    /** The chair refused it, with a reason. */
    REFUSED,
    /** The item closed before the delegate was called. */
    LAPSED;

    /** Waiting or speaking: the one request a delegate may have open per item. */
    public boolean isOpen() {
        return this == WAITING || this == SPEAKING;
    }
}
