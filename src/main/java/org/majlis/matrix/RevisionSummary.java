package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * One revision of an entry: its number, who made it and when, what kind of change, the status after it, the note
 * its author gave, and which fields changed against the revision before it.
 */
public record RevisionSummary(int number, long entryVersion, RevisionKind kind, EntryStatus status,
                              String authorName, Instant createdAt, @Nullable String summary,
                              List<EntryField> changedFields) {
}
