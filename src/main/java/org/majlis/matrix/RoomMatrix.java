package org.majlis.matrix;

import java.util.List;
import java.util.Map;

/**
 * A room's matrix as its view shows it: the entries matching a filter, how many entries of the room are in each
 * status (before filtering), and whether the current user may draft or propose a new entry.
 */
public record RoomMatrix(List<EntrySummary> entries, Map<EntryStatus, Long> countsByStatus, boolean mayDraft,
                         boolean mayPropose) {
}
