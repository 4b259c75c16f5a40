package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemSummary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The floor of a room at one moment, as the current user sees it: the current agenda item, the speaker, the
 * queue in order, this user's own requests on the item, and what they may do.
 *
 * @param scheduleSeconds  how far the room is behind (positive) or ahead (negative) of its planned times
 * @param myOrganisationId the organisation the user speaks for, when they are a delegate of the room
 * @param order            how the chair calls the waiting speakers (everyone sees it)
 * @param answerable       the interventions a right of reply or a question may answer (current speaker first)
 * @param budgets          the item's budget per organisation and what each has spent of it (ADR 0049)
 */
public record FloorState(long roomId, @Nullable AgendaItemSummary item, long scheduleSeconds,
                         @Nullable FloorRequestSummary speaker, List<FloorRequestSummary> queue,
                         List<FloorRequestSummary> mine, @Nullable Long myOrganisationId, boolean mayRequest,
                         boolean mayChair, Instant now, SpeakerOrder order, List<FloorRequestSummary> answerable,
                         OrganisationBudgets budgets) {

    public FloorState {
        queue = List.copyOf(queue);
        mine = List.copyOf(mine);
        answerable = List.copyOf(answerable);
    }

    /** The user's open (waiting or speaking) request on the current item. */
    public Optional<FloorRequestSummary> myOpenRequest() {
        return mine.stream().filter(r -> r.status().isOpen()).findFirst();
    }

    /** The user's latest request on the current item, whatever became of it. */
    public Optional<FloorRequestSummary> myLatestRequest() {
        return mine.stream().reduce((first, second) -> second);
    }

    public @Nullable Long speakerId() {
        return speaker == null ? null : speaker.id();
    }
}
