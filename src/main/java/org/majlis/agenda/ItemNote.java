package org.majlis.agenda;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The private note of a room's chairs and rapporteurs on an agenda item, as they read it.
 *
 * @param version   0 for an item without a note yet (saving it creates the note)
 * @param updatedBy who saved it last (null before the first save)
 */
public record ItemNote(long itemId, String text, long version, @Nullable String updatedBy,
                       @Nullable Instant updatedAt) {

    static ItemNote none(long itemId) {
        return new ItemNote(itemId, "", 0, null, null);
    }

    public boolean exists() {
        return updatedBy != null;
    }
}
