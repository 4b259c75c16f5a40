package org.majlis.matrix;

import java.util.List;

/** One entry with its comments and amendments and what the current user may do with it. */
public record EntryDetails(EntrySummary entry, List<CommentSummary> comments, EntryPermissions may) {
}
