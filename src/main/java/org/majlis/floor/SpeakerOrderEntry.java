package org.majlis.floor;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One switch of a room's speaker order, as the record shows it: to which order, by whom, when, on which item. */
public record SpeakerOrderEntry(long id, long roomId, @Nullable Long itemId, SpeakerOrder order, String changedBy,
                                Instant changedAt) {
}
