package org.majlis.agenda;

import org.majlis.base.live.RoomEvent;

/** A chair or rapporteur saved the note on an item: the other chairs' and rapporteurs' open notes follow. */
public record ItemNoteSaved(long roomId, long itemId) implements RoomEvent {
}
