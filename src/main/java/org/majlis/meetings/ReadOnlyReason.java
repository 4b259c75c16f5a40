package org.majlis.meetings;

/**
 * Why a room is read-only for everyone but the secretariat: it was closed, or it belongs to an edition that is not
 * the current one. A past edition's room stays read-only even when open (reopening it does not bring its edition
 * back), so {@link #PAST_EDITION} wins when both hold.
 */
public enum ReadOnlyReason {
    CLOSED,
    PAST_EDITION;

    /** The translation key of the refusal a service throws when someone tries to change such a room. */
    public String refusalKey() {
        return this == CLOSED ? "room.refused.closed" : "room.refused.past-edition";
    }
}
