package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.base.LocalizedText;
import org.majlis.meetings.DelegationRank;

import java.time.Instant;

/**
 * A request for the floor as the room sees it: who asked, for which organisation, what for, and what became of
 * it. {@code position} is the place in the queue (1 = next) while waiting, else 0. {@code repliesTo} is the
 * intervention a right of reply or question answers; {@code precedence} and {@code rank} its speaker's place in
 * protocol order when they asked.
 */
public record FloorRequestSummary(long id, long version, long roomId, long itemId, long participantId,
                                  String speakerName, long organisationId, LocalizedText organisation,
                                  FloorKind kind, FloorRequestStatus status, int position, Instant requestedAt,
                                  @Nullable Instant decidedAt, @Nullable String refusalReason,
                                  @Nullable SpeakingTimer timer, boolean hasStatement, @Nullable ReplyTo repliesTo,
                                  int precedence, DelegationRank rank) {

    /** Whether this and the other request stand at the same place in protocol order (the chair may swap them). */
    public boolean sameProtocolPlace(FloorRequestSummary other) {
        return precedence == other.precedence && rank == other.rank;
    }

    public boolean isWaiting() {
        return status == FloorRequestStatus.WAITING;
    }

    public boolean isSpeaking() {
        return status == FloorRequestStatus.SPEAKING;
    }
}
