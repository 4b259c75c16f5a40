package org.majlis.floor;

import org.majlis.agenda.AgendaOverviews;
import org.majlis.base.live.RoomUpdates;
import org.majlis.floor.internal.FloorRequest;
import org.majlis.floor.internal.FloorRequestRepository;
import org.majlis.floor.internal.QueuePolicy;
import org.majlis.floor.internal.WrittenStatementRepository;
import org.majlis.meetings.RoomAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The shared floor of every room that someone has open: one {@link RoomFloor} per room, loaded again only when a
 * change has committed since (by the room's change sequence, {@link RoomUpdates#lastCommitted}). When a change
 * reaches a room of a thousand open pages, the first page to ask loads it (about ten statements) and the others
 * wait for it and share it.
 * <p>
 * The shared floor is the room's, not a user's: it reads the agenda through {@link AgendaOverviews}, without a user
 * check, so that a page with no user (the big screen, ADR 0048) can load it too. Every way in checks first: {@link
 * FloorService#watch} and {@link FloorService#state} the user's right to view the room, {@link BigScreenService#show}
 * the screen's link.
 */
@Component
class RoomFloors {

    private final Map<Long, RoomFloor> rooms = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private final FloorRequestRepository requests;
    private final WrittenStatementRepository statements;
    private final AgendaOverviews agenda;
    private final RoomAccess roomAccess;
    private final RoomUpdates updates;
    private final TransactionTemplate readOnly;
    private final AtomicLong loads = new AtomicLong();

    RoomFloors(FloorRequestRepository requests, WrittenStatementRepository statements, AgendaOverviews agenda,
               RoomAccess roomAccess, RoomUpdates updates, PlatformTransactionManager transactions) {
        this.requests = requests;
        this.statements = statements;
        this.agenda = agenda;
        this.roomAccess = roomAccess;
        this.updates = updates;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The room's floor including every change committed so far. */
    RoomFloor current(long roomId) {
        return current(roomId, updates.lastCommitted(roomId));
    }

    /** The room's floor including at least the change with this sequence number; loads it if the shared one is older. */
    RoomFloor current(long roomId, long atLeast) {
        var shared = rooms.get(roomId);
        if (shared != null && shared.sequence() >= atLeast) {
            return shared;
        }
        synchronized (locks.computeIfAbsent(roomId, id -> new Object())) {
            shared = rooms.get(roomId);
            if (shared != null && shared.sequence() >= atLeast) {
                return shared; // another page loaded it while this one waited
            }
            var loaded = load(roomId);
            rooms.merge(roomId, loaded, (old, fresh) -> fresh.sequence() >= old.sequence() ? fresh : old);
            return loaded;
        }
    }

    /**
     * Loads the room's floor from the database now (the caller checked who may see it). The
     * sequence is read first: a change that commits during the load makes the next reader load again.
     */
    RoomFloor load(long roomId) {
        loads.incrementAndGet();
        var sequence = updates.lastCommitted(roomId);
        return readOnly.execute(status -> load(roomId, sequence));
    }

    private RoomFloor load(long roomId, long sequence) {
        var overview = agenda.overviewOfRoom(roomId);
        var writable = roomAccess.readOnlyReason(roomId).isEmpty();
        var item = overview.current();
        if (item == null) {
            return new RoomFloor(roomId, sequence, null, overview.scheduleSeconds(), null, List.of(), Map.of(),
                    writable, overview.asOf());
        }
        var itemRequests = requests.findByItem(item.id());
        var withStatement = new HashSet<>(statements.findRequestIdsOfItem(item.id()));
        var queue = QueuePolicy.queue(itemRequests);
        var queueSummaries = new ArrayList<FloorRequestSummary>(queue.size());
        for (var i = 0; i < queue.size(); i++) {
            queueSummaries.add(summary(queue.get(i), i + 1, withStatement));
        }
        var speaker = itemRequests.stream().filter(r -> r.getStatus() == FloorRequestStatus.SPEAKING).findFirst()
                .map(r -> summary(r, 0, withStatement)).orElse(null);
        var byParticipant = new LinkedHashMap<Long, List<FloorRequestSummary>>();
        for (var request : itemRequests) {
            byParticipant.computeIfAbsent(request.getParticipantId(), id -> new ArrayList<>())
                    .add(summary(request, queue.indexOf(request) + 1, withStatement));
        }
        byParticipant.replaceAll((id, list) -> List.copyOf(list));
        return new RoomFloor(roomId, sequence, item, overview.scheduleSeconds(), speaker, queueSummaries,
                byParticipant, writable, overview.asOf());
    }

    /** How many times a floor was loaded from the database (tests, benchmarks). */
    long loads() {
        return loads.get();
    }

    private static FloorRequestSummary summary(FloorRequest request, int position, Set<Long> withStatement) {
        return request.toSummary(position, withStatement.contains(request.getId()));
    }
}
