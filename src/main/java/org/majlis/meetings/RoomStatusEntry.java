package org.majlis.meetings;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One opening or closing of a room by the secretariat: the state it left the room in, who did it, when, and why
 * (required when reopening).
 */
public record RoomStatusEntry(boolean open, String changedBy, Instant changedAt, @Nullable String reason) {
}
