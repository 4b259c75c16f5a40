package org.majlis.meetings;

/** The rooms of an edition: the opening plenary and the three working sessions (plus any other). */
public enum RoomKind {
    PLENARY,
    POLITICAL,
    ECONOMIC_SCIENTIFIC,
    CULTURAL_SOCIAL_HUMANITARIAN,
    OTHER
}
