package org.majlis.floor;

import org.jspecify.annotations.Nullable;
import org.majlis.agenda.AgendaItemSummary;
import org.majlis.meetings.RoomRole;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The floor of a room at one moment, the same for everyone in it: loaded once per change and shared, immutable,
 * by every open page of the room (ADR 0043). Each page derives what its user sees with {@link #as(FloorViewer)} —
 * their own requests, whether they may ask for the floor or chair — in memory.
 *
 * @param sequence        the room's latest committed change when this was loaded ({@code RoomUpdates#lastCommitted})
 * @param byParticipant   the requests on the current item per participant, in arrival order (a delegate's "mine")
 * @param writable        the room is open and of the current edition (else only the secretariat acts)
 * @param order           how the chair calls the waiting speakers (arrival or protocol order)
 * @param answerable      the interventions a right of reply or a question may answer, latest first
 * @param budgets         the item's budget per organisation and what each has spent of it (ADR 0049)
 */
public record RoomFloor(long roomId, long sequence, @Nullable AgendaItemSummary item, long scheduleSeconds,
                        @Nullable FloorRequestSummary speaker, List<FloorRequestSummary> queue,
                        Map<Long, List<FloorRequestSummary>> byParticipant, boolean writable, Instant asOf,
                        SpeakerOrder order, List<FloorRequestSummary> answerable, OrganisationBudgets budgets) {

    public RoomFloor {
        queue = List.copyOf(queue);
        byParticipant = Map.copyOf(byParticipant);
        answerable = List.copyOf(answerable);
    }

    /** The floor as this viewer sees it (the same rules as {@link FloorService#state}, which uses this). */
    public FloorState as(FloorViewer viewer) {
        var delegate = viewer.role() == RoomRole.DELEGATE;
        var myOrganisation = delegate ? viewer.organisationId() : null;
        // a closed room or a past edition's: nobody but the secretariat acts
        var mayChange = (delegate || viewer.role() == RoomRole.CHAIR || viewer.admin())
                && (viewer.admin() || writable);
        var mayChair = (viewer.admin() || viewer.role() == RoomRole.CHAIR) && mayChange;
        if (item == null) {
            return new FloorState(roomId, null, scheduleSeconds, null, List.of(), List.of(), myOrganisation, false,
                    mayChair, asOf, order, List.of(), OrganisationBudgets.NONE);
        }
        var mine = viewer.participantId() == null ? List.<FloorRequestSummary>of()
                : byParticipant.getOrDefault(viewer.participantId(), List.of());
        return new FloorState(roomId, item, scheduleSeconds, speaker, queue, mine, myOrganisation,
                delegate && myOrganisation != null && mayChange, mayChair, asOf, order, answerable, budgets);
    }
}
