package org.majlis.floor;

import org.majlis.base.StoredTime;
import org.majlis.agenda.AgendaEvent;
import org.majlis.agenda.AgendaEvent.AgendaItemClosed;
import org.majlis.agenda.AgendaEvent.AgendaItemDeferred;
import org.majlis.agenda.AgendaEvent.AgendaItemOpened;
import org.majlis.agenda.AgendaEvent.AgendaItemReopened;
import org.majlis.floor.internal.FloorRequest;
import org.majlis.floor.internal.FloorRequestRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Keeps the floor in step with the agenda, inside the chair's agenda transaction (so both change or neither):
 * when an item opens its speakers' list is ready; when it closes or is deferred the current intervention ends;
 * when it closes, requests still waiting lapse (they stay in the record).
 */
@Component
class FloorAgendaListener {

    private final FloorRequestRepository requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FloorAgendaListener(FloorRequestRepository requests, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(AgendaEvent event) {
        switch (event) {
            case AgendaItemOpened opened -> requests.lockItem(opened.itemId(), opened.roomId());
            case AgendaItemReopened reopened -> requests.lockItem(reopened.itemId(), reopened.roomId());
            case AgendaItemClosed closed -> endFloor(closed.roomId(), closed.itemId(), true);
            case AgendaItemDeferred deferred -> endFloor(deferred.roomId(), deferred.itemId(), false);
            default -> {
                // other agenda changes do not concern the floor
            }
        }
    }

    private void endFloor(long roomId, long itemId, boolean lapseWaiting) {
        requests.lockItem(itemId, roomId);
        var now = StoredTime.now(clock);
        for (var request : requests.findByItem(itemId)) {
            if (request.getStatus() == FloorRequestStatus.SPEAKING) {
                request.endIntervention(now);
                save(request);
            } else if (lapseWaiting && request.getStatus() == FloorRequestStatus.WAITING) {
                request.lapse(now);
                save(request);
            }
        }
    }

    private void save(FloorRequest request) {
        requests.saveAndFlush(request);
        request.pullEvents().forEach(events::publishEvent);
    }
}
