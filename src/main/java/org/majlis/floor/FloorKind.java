package org.majlis.floor;

/** What a delegate asks the floor for. A point of order goes to the top of the queue. */
public enum FloorKind {
    STATEMENT,
    RIGHT_OF_REPLY,
    POINT_OF_ORDER,
    QUESTION
}
