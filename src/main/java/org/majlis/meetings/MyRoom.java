package org.majlis.meetings;

import org.jspecify.annotations.Nullable;

/**
 * A room of the current edition as one user sees it on the home page: their role there (null when they have
 * none, which only an administrator can see), and whether they may enter.
 */
public record MyRoom(RoomSummary room, @Nullable RoomRole role, boolean mayEnter) {
}
