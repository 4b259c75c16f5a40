package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;

import java.time.Instant;

/**
 * A request for the floor as the room sees it: who asked, for which organisation, what for, and what became of
 * it. {@code position} is the place in the queue (1 = next) while waiting, else 0.
 */
public record FloorRequestSummary(long id, long version, long roomId, long itemId, long participantId,
                                  String speakerName, long organisationId, LocalizedText organisation,
                                  FloorKind kind, FloorRequestStatus status, int position, Instant requestedAt,
                                  @Nullable Instant decidedAt, @Nullable String refusalReason,
                                  @Nullable SpeakingTimer timer, boolean hasStatement) {

    public boolean isWaiting() {
        return status == FloorRequestStatus.WAITING;
    }

    public boolean isSpeaking() {
        return status == FloorRequestStatus.SPEAKING;
    }
}
