package org.majlis.meetings;

/** The role one participant holds in one room. */
public record RoomAssignment(long roomId, RoomRole role) {
}
