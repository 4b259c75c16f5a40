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
import java.util.HashMap;
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
    private final SpeakerOrders orders;
    private final TransactionTemplate readOnly;
    private final AtomicLong loads = new AtomicLong();
    private final TimeBudgetRules budgets;

    RoomFloors(FloorRequestRepository requests, WrittenStatementRepository statements, AgendaOverviews agenda,
               RoomAccess roomAccess, RoomUpdates updates, SpeakerOrders orders,
               PlatformTransactionManager transactions, TimeBudgetRules budgets) {
        this.budgets = budgets;
        this.requests = requests;
        this.statements = statements;
        this.agenda = agenda;
        this.roomAccess = roomAccess;
        this.updates = updates;
        this.orders = orders;
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
        var order = orders.current(roomId);
        if (item == null) {
            return new RoomFloor(roomId, sequence, null, overview.scheduleSeconds(), null, List.of(), Map.of(),
                    writable, overview.asOf(), order, List.of(), OrganisationBudgets.NONE);
        }
        var itemRequests = requests.findByItem(item.id());
        var withStatement = new HashSet<>(statements.findRequestIdsOfItem(item.id()));
        var summaries = new Summaries(itemRequests, withStatement);
        var queue = QueuePolicy.queue(itemRequests, order);
        var queueSummaries = new ArrayList<FloorRequestSummary>(queue.size());
        for (var i = 0; i < queue.size(); i++) {
            queueSummaries.add(summaries.of(queue.get(i), i + 1));
        }
        var speaker = itemRequests.stream().filter(r -> r.getStatus() == FloorRequestStatus.SPEAKING).findFirst()
                .map(r -> summaries.of(r, 0)).orElse(null);
        var byParticipant = new LinkedHashMap<Long, List<FloorRequestSummary>>();
        for (var request : itemRequests) {
            byParticipant.computeIfAbsent(request.getParticipantId(), id -> new ArrayList<>())
                    .add(summaries.of(request, queue.indexOf(request) + 1));
        }
        byParticipant.replaceAll((id, list) -> List.copyOf(list));
        var answerable = QueuePolicy.answerable(itemRequests).stream().map(r -> summaries.of(r, 0)).toList();
        var itemBudgets = budgets.forItem(roomId, item,
                byParticipant.values().stream().flatMap(List::stream).toList());
        return new RoomFloor(roomId, sequence, item, overview.scheduleSeconds(), speaker, queueSummaries,
                byParticipant, writable, overview.asOf(), order, answerable, itemBudgets);
    }

    /** How many times a floor was loaded from the database (tests, benchmarks). */
    long loads() {
        return loads.get();
    }

    /**
     * Summaries of requests of one item (or room), each with whether it has a written statement and the intervention
     * it replies to, looked up among the same requests.
     */
    static final class Summaries {

        private final Map<Long, FloorRequest> byId = new HashMap<>();
        private final Set<Long> withStatement;

        Summaries(List<FloorRequest> requests, Set<Long> withStatement) {
            requests.forEach(r -> byId.put(r.getId(), r));
            this.withStatement = withStatement;
        }

        FloorRequestSummary of(FloorRequest request, int position) {
            var answered = request.getRepliesTo() == null ? null : byId.get(request.getRepliesTo());
            return request.toSummary(position, withStatement.contains(request.getId()), answered);
        }
    }
}
