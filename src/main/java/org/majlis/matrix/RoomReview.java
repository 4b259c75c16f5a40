package org.majlis.matrix;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

/**
 * The review of the previous edition's adopted entries for one room of the current edition: each entry with its
 * report, and the summary the chairs see (how many entries in each implementation status, how many not yet
 * reported, and the average progress of the reported ones).
 */
public record RoomReview(@Nullable Long previousRoomId, @Nullable Integer previousEditionNumber,
                         List<ReviewSummary> entries, Map<ImplementationStatus, Long> countsByStatus,
                         long notReported, @Nullable Integer averageProgress) {
}
