package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A matrix entry as lists and the entry page show it: its content, where it stands, and where it came from when it
 * was carried over from the previous edition.
 */
public record EntrySummary(long id, long version, long editionId, long roomId, EntryStatus status, EntryData data,
                           @Nullable String returnReason, @Nullable Long originEntryId, @Nullable String originCode,
                           @Nullable Long proposedById, int revisionCount, Instant updatedAt, String updatedBy) {
}
